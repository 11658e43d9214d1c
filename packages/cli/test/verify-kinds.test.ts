// `wanxiang verify` beyond TaskFinish: a workflow run and an image moderation job (Detail), from
// the corpus, against CI's API double on loopback; and text CI's record chose, escaped.
import type { Server } from 'node:http';
import { createCiApiDouble } from '@wanxiang/ci-api/testing';
import { getFixture } from '@wanxiang/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { serveFetchHandler } from './support/serve-fetch-handler.js';
import { tempFiles } from './support/temp-files.js';

const CREDENTIALS = { CI_SECRET_ID: 'AKIDverifykinds000000000000000', CI_SECRET_KEY: 'verify-kinds-secret-key-0123456' };
const workflow = getFixture('workflow/WorkflowFinish/workflow-finish-example-json.json');
const moderation = getFixture('moderation/image/image-detail-example.json');
const MODERATION = ['--bucket', 'examplebucket-1250000000', '--region', 'ap-chongqing'];

// CI's record of this moderation job names its object with terminal control characters.
const hostileId = 'shostile00000000000000000000001';
// ESC itself cannot be in XML (the double answers as CI does, in XML): the C1 CSI (U+009B, an
// escape sequence's start to many terminals) and a line separator can, and must be escaped too.
const hostile = moderation.text.replace('"JobId": "xxxx"', `"JobId": "${hostileId}"`).replace('"Object": "1.jpg"', '"Object": "1\\u009b2J\\u009b31m\\u2028.jpg"');

const double = createCiApiDouble({ secrets: { [CREDENTIALS.CI_SECRET_ID]: CREDENTIALS.CI_SECRET_KEY } });
let api: Server;
let endpoint: string;
const temp = tempFiles('wanxiang-verify-kinds-');
const file = temp.file;

beforeAll(async () => {
  for (const [text, contentType] of [
    [workflow.text, workflow.contentType],
    [moderation.text, moderation.contentType],
    [hostile, 'application/json'],
  ] as const)
    double.addCallback(text, contentType);
  ({ server: api, origin: endpoint } = await serveFetchHandler((request) => double.handle(request)));
});

afterAll(() => {
  api?.close();
  temp.remove();
});

describe('wanxiang verify: a WorkflowFinish body', () => {
  const args = ['--bucket', 'test-1234567890', '--region', 'ap-chongqing'];

  it("confirms a genuine run: exit 0, the run and each task of CI's record", async () => {
    const result = await runCli(['verify', file('run.json', workflow.text), ...args, '--endpoint', endpoint], { env: CREDENTIALS });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("CI's record (WorkflowFinish)");
    expect(result.stdout).toContain('WorkflowExecution web6ac56c1ef54dbfa44d7f4103203be9 i166ee19017b011eda8a5525400c540df');
    expect(result.stdout).toContain('Object: wk-test/game.mp4');
    expect(result.stdout).toContain('Tasks.1 Transcode j168668b217b011ed8efb27bb229e2d11 Success');
    expect(result.stdout).toMatch(/\nconfirmed\n$/);
  });

  it("does not confirm a run whose task's State was changed: exit 1, the task's path", async () => {
    const run = JSON.parse(workflow.text) as { WorkflowExecution: { Tasks: { State: string }[] } };
    run.WorkflowExecution.Tasks[1]!.State = 'Failed';
    const forged = JSON.stringify(run);
    const result = await runCli(['verify', file('forged-run.json', forged), ...args, '--endpoint', endpoint, '--json'], { env: CREDENTIALS });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ confirmed: false, path: 'WorkflowExecution.Tasks.1.State', record: { WorkflowExecution: { Tasks: [{}, { State: 'Success' }] } } });
  });
});

describe('wanxiang verify: an image moderation body (Detail)', () => {
  it("confirms a genuine job: exit 0, its verdict from CI's record", async () => {
    const result = await runCli(['verify', file('image.json', moderation.text), ...MODERATION, '--content-version', 'Detail', '--endpoint', endpoint], { env: CREDENTIALS });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("CI's record (ReviewImage)");
    expect(result.stdout).toContain('JobsDetail xxxx Success');
    expect(result.stdout).toContain('Label: Normal');
    expect(result.stdout).toMatch(/\nconfirmed\n$/);
  });

  it('does not confirm a changed verdict: exit 1, JobsDetail.Label', async () => {
    const forged = moderation.text.replace('"Label": "Normal"', '"Label": "Porn"');
    const result = await runCli(['verify', file('forged-image.json', forged), ...MODERATION, '--endpoint', endpoint], { env: CREDENTIALS });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Label: Normal');
    expect(result.stdout).toContain("NOT confirmed: JobsDetail.Label: Label differs from CI's record");
  });

  it("escapes control characters of CI's record (served from a body) and of a file name", async () => {
    const result = await runCli(['verify', file('hostile.json', hostile), ...MODERATION, '--endpoint', endpoint], { env: CREDENTIALS });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Object: 1\\u009b2J\\u009b31m\\u2028.jpg');
    expect(result.stdout).not.toMatch(/[\u009b\u2028]/);

    // A file name is shown back too, as text the terminal does not act on.
    const named = await runCli(['verify', temp.path('absent\u001b[2J.json'), ...MODERATION, '--endpoint', endpoint], { env: CREDENTIALS });
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('absent\\u001b[2J.json');
    expect(named.stderr).not.toContain('\u001b');
  });
});
