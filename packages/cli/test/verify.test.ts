// `wanxiang verify`, the real binary against CI's API double served on loopback: genuine corpus
// bodies are confirmed, forged ones are not (with the path), and credentials stay out of output.
import type { Server } from 'node:http';
import { createCiApiDouble } from '@wanxiang/ci-api/testing';
import { getFixture } from '@wanxiang/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { serveFetchHandler } from './support/serve-fetch-handler.js';
import { tempFiles } from './support/temp-files.js';

const SECRET_ID = 'AKIDverifycli00000000000000000';
const SECRET_KEY = 'verify-cli-secret-key-0123456789';
const CREDENTIALS = { CI_SECRET_ID: SECRET_ID, CI_SECRET_KEY: SECRET_KEY };
const transcode = getFixture('task/Transcode/transcode-workflow-triggered.xml');
const JOB_ID = 'j68427030f84611ecb8546d80f2baf56f';
const TASK = ['--bucket', 'test-123456789', '--region', 'ap-chongqing'];

const double = createCiApiDouble({ secrets: { [SECRET_ID]: SECRET_KEY } });
let api: Server;
let endpoint: string;
const temp = tempFiles('wanxiang-verify-');
const file = temp.file;

beforeAll(async () => {
  double.addCallback(transcode.text, transcode.contentType);
  ({ server: api, origin: endpoint } = await serveFetchHandler((request) => double.handle(request)));
});

afterAll(() => {
  api?.close();
  temp.remove();
});

describe('wanxiang verify: a TaskFinish body', () => {
  it('confirms a genuine body: exit 0, CI\'s record (Tag, JobId, State, objects) and "confirmed"', async () => {
    const before = double.requests.length;
    const result = await runCli(['verify', file('genuine.xml', transcode.text), ...TASK, '--endpoint', endpoint], { env: CREDENTIALS });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`CI's record (TaskFinish) in test-123456789 (ap-chongqing) via ${endpoint}`);
    expect(result.stdout).toContain(`JobsDetail.0 Transcode ${JOB_ID} Success`);
    expect(result.stdout).toContain('Input.Object: input/demo.mp4');
    expect(result.stdout).toContain('Operation.Output.Object: output/transcode.mp4');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('confirmed');
    expect(double.requests.slice(before).map(({ path, verified }) => ({ path, verified }))).toEqual([{ path: `/jobs/${JOB_ID}`, verified: true }]);
  });

  it('reads the body from stdin with -, and takes the endpoint from CI_API_ENDPOINT', async () => {
    const result = await runCli(['verify', '-', ...TASK], { input: transcode.text, env: { ...CREDENTIALS, CI_API_ENDPOINT: endpoint } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\nconfirmed\n$/);
  });

  it('does not confirm a forged JobId: exit 1, the path, no record', async () => {
    const forged = transcode.text.replace(JOB_ID, 'j00000000000000000000000000000bad');
    const result = await runCli(['verify', file('forged-id.xml', forged), ...TASK, '--endpoint', endpoint], { env: CREDENTIALS });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('CI gave no record');
    expect(result.stdout).toContain('NOT confirmed: JobsDetail.0.JobId: CI has no such job');
  });

  it("does not confirm a forged State: exit 1, the path, and CI's own State shown", async () => {
    const forged = transcode.text.replace('<State>Success</State>', '<State>Failed</State>');
    expect(forged).not.toBe(transcode.text);
    const result = await runCli(['verify', file('forged-state.xml', forged), ...TASK, '--endpoint', endpoint], { env: CREDENTIALS });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`JobsDetail.0 Transcode ${JOB_ID} Success`);
    expect(result.stdout).toContain("NOT confirmed: JobsDetail.0.State: State differs from CI's record");
    expect(result.stdout).not.toMatch(/^confirmed$/m);
  });

  it('--json prints { confirmed, record } and, refused, { confirmed, reason, path, record }', async () => {
    const genuine = await runCli(['verify', file('genuine.xml', transcode.text), ...TASK, '--endpoint', endpoint, '--json'], { env: CREDENTIALS });
    expect(genuine.code).toBe(0);
    const confirmed = JSON.parse(genuine.stdout) as { confirmed: boolean; record: { EventName: string; JobsDetail: { JobId: string; State: string }[] } };
    expect(confirmed).toMatchObject({ confirmed: true, record: { EventName: 'TaskFinish', JobsDetail: [{ JobId: JOB_ID, State: 'Success' }] } });
    expect(Object.keys(confirmed)).toEqual(['confirmed', 'record']);

    const forged = transcode.text.replace('<State>Success</State>', '<State>Failed</State>');
    const refused = await runCli(['verify', file('forged-state.xml', forged), ...TASK, '--endpoint', endpoint, '--json'], { env: CREDENTIALS });
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ confirmed: false, path: 'JobsDetail.0.State', reason: expect.stringContaining('differs'), record: { JobsDetail: [{ State: 'Success' }] } });
  });

  it('does not confirm a body naming another bucket than --bucket, before asking CI', async () => {
    const before = double.requests.length;
    const result = await runCli(['verify', file('genuine.xml', transcode.text), '--bucket', 'other-123456789', '--region', 'ap-chongqing', '--endpoint', endpoint], { env: CREDENTIALS });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('NOT confirmed: JobsDetail.0.Input.BucketId: is not a bucket configured for lookups');
    expect(double.requests.length).toBe(before);
  });

  it('does not confirm a body that is not a callback (exit 1), and asks CI nothing', async () => {
    const before = double.requests.length;
    const result = await runCli(['verify', file('junk.xml', '<Response><Nothing/></Response>'), ...TASK, '--endpoint', endpoint], { env: CREDENTIALS });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^NOT confirmed: is not a callback: [A-Z_]+ /m);
    expect(double.requests.length).toBe(before);
  });
});

describe('wanxiang verify: credentials and failures (exit 2)', () => {
  it('a wrong secret is a lookup failure: LOOKUP_UNAUTHORIZED, the secret never printed', async () => {
    const wrong = 'wrong-secret-key-never-printed-42';
    const result = await runCli(['verify', file('genuine.xml', transcode.text), ...TASK, '--endpoint', endpoint], { env: { CI_SECRET_ID: SECRET_ID, CI_SECRET_KEY: wrong } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('lookup failed: LOOKUP_UNAUTHORIZED: ');
    expect(result.stderr).toContain('SignatureDoesNotMatch');
    expect(result.stdout + result.stderr).not.toContain(wrong);

    const json = await runCli(['verify', file('genuine.xml', transcode.text), ...TASK, '--endpoint', endpoint, '--json'], { env: { CI_SECRET_ID: SECRET_ID, CI_SECRET_KEY: wrong } });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'LOOKUP_UNAUTHORIZED', status: 403, ciCode: 'SignatureDoesNotMatch' } });
  });

  it('missing credentials name the variables, never a value, and ask CI nothing', async () => {
    const before = double.requests.length;
    const none = await runCli(['verify', file('genuine.xml', transcode.text), ...TASK, '--endpoint', endpoint]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('CI_SECRET_ID and CI_SECRET_KEY');
    expect(none.stdout).toBe('');

    const half = await runCli(['verify', file('genuine.xml', transcode.text), ...TASK, '--endpoint', endpoint], {
      env: { CI_SECRET_KEY: SECRET_KEY, CI_SESSION_TOKEN: 'session-token-never-printed' },
    });
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('set CI_SECRET_ID in the environment');
    expect(half.stdout + half.stderr).not.toContain(SECRET_KEY);
    expect(half.stdout + half.stderr).not.toContain('session-token-never-printed');
    expect(double.requests.length).toBe(before);
  });

  it('--help says credentials come from the environment, not argv', async () => {
    const result = await runCli(['verify', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Credentials come from the environment only, never from the command line/);
    expect(result.stdout).toContain('CI_SECRET_ID, CI_SECRET_KEY, and CI_SESSION_TOKEN');
  });

  it('usage and I/O errors: a bad --bucket, --endpoint or --timeout-ms, a missing option, an unreadable file', async () => {
    const genuine = file('genuine.xml', transcode.text);
    const cases: [string[], RegExp][] = [
      [['verify', genuine, '--bucket', 'Not.A.Bucket', '--region', 'ap-chongqing'], /bucket must be/],
      [['verify', genuine, ...TASK, '--endpoint', 'http://user@127.0.0.1:1/path'], /--endpoint must be an origin/],
      [['verify', genuine, ...TASK, '--timeout-ms', '0'], /whole number of milliseconds from 1 to 2147483647/],
      [['verify', genuine, ...TASK, '--timeout-ms', '3000000000'], /whole number of milliseconds from 1 to 2147483647/],
      [['verify', genuine, '--bucket', 'test-123456789'], /--region/],
      [['verify', temp.path('absent.xml'), ...TASK, '--endpoint', endpoint], /cannot read .*ENOENT/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args, { env: CREDENTIALS });
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr).toMatch(message);
    }
  });

  it('a lookup that times out is LOOKUP_TIMEOUT', async () => {
    double.fail('stall', { times: 1 });
    try {
      const result = await runCli(['verify', file('genuine.xml', transcode.text), ...TASK, '--endpoint', endpoint, '--timeout-ms', '300'], { env: CREDENTIALS, timeoutMs: 5000 });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('lookup failed: LOOKUP_TIMEOUT: ');
    } finally {
      double.recover();
    }
  });
});
