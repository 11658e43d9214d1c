// `wanxiang trigger`, run as a user runs it: the real binary posting to a real receiver on a
// loopback port, which parses what arrives and hands it to a recording forwarder.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CallbackEvent, isModerationDetail, isTaskFinish, isWorkflowFinish, knownTags, safeParseCallback } from '@wanxiang/core';
import { type Fixture, fixtures } from '@wanxiang/fixtures';
import { createReceiver, type Delivery } from '@wanxiang/receiver';
import { createNodeHandler } from '@wanxiang/receiver/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

const TOKEN = 'trigger-test-token-0123456789';
const deliveries: Delivery[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  const receiver = createReceiver({ tokens: [TOKEN], forwarder: { send: async (delivery) => void deliveries.push(delivery) }, logger: false });
  server = createServer(createNodeHandler(receiver));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ci/${TOKEN}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  deliveries.length = 0;
});

const eventOf = (fixture: Fixture): CallbackEvent | undefined => {
  const result = safeParseCallback(fixture.bytes(), { contentType: fixture.contentType, contentVersion: fixture.contentVersion ?? null });
  return result.success ? result.event : undefined;
};
const hasTag = (event: CallbackEvent | undefined, tag: string) => event !== undefined && isTaskFinish(event) && event.JobsDetail.some((job) => String(job.Tag) === tag);
// Worked out here from the corpus, not by the command's own code: the Tags with a body, and the formats each has.
const tagged = [...knownTags].filter((tag) => fixtures.some((fixture) => hasTag(eventOf(fixture), tag)));
const formatsOf = (tag: string) => new Set(fixtures.filter((fixture) => hasTag(eventOf(fixture), tag)).map((fixture) => fixture.format));
const jobOf = (delivery: Delivery) => (delivery.event as { JobsDetail: { Tag?: unknown; State?: unknown; JobId?: unknown; Operation?: { UserData?: unknown } }[] }).JobsDetail[0]!;

describe('wanxiang trigger', () => {
  it('the corpus covers most documented Tags', () => {
    expect(tagged.length).toBeGreaterThanOrEqual(20);
  });

  it.each(['xml', 'json'] as const)('every Tag with a body, --format %s: exit 0, each parsed into a TaskFinish with that Tag, in that format when the corpus has it', async (format) => {
    const result = await runCli(['trigger', ...tagged, '--to', url, '--format', format]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(deliveries).toHaveLength(tagged.length);
    for (const [i, tag] of tagged.entries()) {
      const delivery = deliveries[i]!;
      expect(delivery.event.EventName, tag).toBe('TaskFinish');
      expect(String(jobOf(delivery).Tag), tag).toBe(tag);
      const sent = formatsOf(tag).has(format) ? format : format === 'xml' ? 'json' : 'xml';
      expect(delivery.contentType, tag).toBe(`application/${sent}`);
    }
    expect(result.stdout.match(/answer {3}200/g)).toHaveLength(tagged.length);
  });

  it('one Tag: prints the fixture, format, Content-Type, the fresh ids and the answer', async () => {
    const result = await runCli(['trigger', 'Transcode', '--to', url, '--format', 'xml']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('fixture  task/Transcode/transcode-workflow-triggered.xml');
    expect(result.stdout).toContain('header   Content-Type: application/xml');
    expect(result.stdout).toMatch(/id {7}JobsDetail\.JobId: j68427030f84611ecb8546d80f2baf56f → j[0-9a-f]{32}/);
    expect(result.stdout).toMatch(/answer {3}200 OK/);
    expect(result.stdout).toContain(`${TOKEN.slice(0, 4)}…`);
    expect(result.stdout).not.toContain(TOKEN);
  });

  it('fresh ids by default, so two triggers are two deliveries; --keep-ids sends the fixture’s', async () => {
    await runCli(['trigger', 'Transcode', 'Transcode', '--to', url]);
    await runCli(['trigger', 'Transcode', '--to', url, '--keep-ids']);
    const ids = deliveries.map((delivery) => String(jobOf(delivery).JobId));
    expect(ids[0]).toMatch(/^j[0-9a-f]{32}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids.slice(0, 2)).not.toContain('j68427030f84611ecb8546d80f2baf56f');
    expect(ids[2]).toBe('j68427030f84611ecb8546d80f2baf56f');
  });

  it.each(['xml', 'json'] as const)('WorkflowFinish, --format %s', async (format) => {
    const result = await runCli(['trigger', 'WorkflowFinish', '--to', url, '--format', format]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(deliveries).toHaveLength(1);
    expect(isWorkflowFinish(deliveries[0]!.event)).toBe(true);
    expect(deliveries[0]!.contentType).toBe(`application/${format}`);
  });

  const moderation = fixtures.filter((fixture) => fixture.family === 'moderation' && eventOf(fixture) !== undefined);
  const kinds = [...new Set(moderation.map((fixture) => fixture.kind))];
  it.each(['Simple', 'Detail'] as const)('each moderation kind with a %s body, with its X-Ci-Content-Version', async (variant) => {
    const withVariant = kinds.filter((kind) => moderation.some((fixture) => fixture.kind === kind && fixture.moderationVariant === variant));
    expect(withVariant.length).toBeGreaterThanOrEqual(variant === 'Simple' ? 4 : 7);
    const result = await runCli(['trigger', ...withVariant, '--variant', variant, '--to', url]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(deliveries.map((delivery) => delivery.contentVersion)).toEqual(withVariant.map(() => variant));
    expect(deliveries.map((delivery) => String(delivery.event.EventName))).toEqual(withVariant.map((kind) => (kind === 'live' ? 'ReviewVideo' : `Review${kind[0]!.toUpperCase()}${kind.slice(1)}`)));
  });

  it('a moderation EventName: ReviewImage is a Detail image result by default', async () => {
    const result = await runCli(['trigger', 'ReviewImage', '--to', url]);
    expect(result.code, result.stderr).toBe(0);
    expect(deliveries[0]!.event.EventName).toBe('ReviewImage');
    expect(isModerationDetail(deliveries[0]!.event)).toBe(true);
    expect(result.stdout).toContain('header   X-Ci-Content-Version: Detail');
  });

  it.each(['xml', 'json'] as const)('--state Failed reaches the receiver as State Failed, --format %s (job, run, moderation job)', async (format) => {
    const result = await runCli(['trigger', 'Transcode', 'WorkflowFinish', '--to', url, '--format', format, '--state', 'Failed']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(jobOf(deliveries[0]!).State).toBe('Failed');
    expect((deliveries[1]!.event as { WorkflowExecution: { State: string } }).WorkflowExecution.State).toBe('Failed');
    expect(result.stdout).toContain('set      JobsDetail.State: Success → Failed');
    const detail = await runCli(['trigger', 'image', '--state', 'Failed', '--to', url]);
    expect(detail.code, detail.stderr).toBe(0);
    expect((deliveries[2]!.event as { JobsDetail: { State: string } }).JobsDetail.State).toBe('Failed');
  });

  it.each(['xml', 'json'] as const)('--set reaches the receiver, XML-escaped, --format %s', async (format) => {
    const result = await runCli([
      'trigger',
      'Transcode',
      '--to',
      url,
      '--format',
      format,
      '--set',
      'JobsDetail.0.Operation.UserData=a<b & "c"',
      '--set',
      'JobsDetail.JobId=j00000000000000000000000000000001',
    ]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(jobOf(deliveries[0]!).Operation?.UserData).toBe('a<b & "c"');
    expect(jobOf(deliveries[0]!).JobId).toBe('j00000000000000000000000000000001');
    if (format === 'xml') expect(new TextDecoder().decode(deliveries[0]!.raw)).toContain('<UserData>a&lt;b &amp; "c"</UserData>');
    const run = await runCli(['trigger', 'WorkflowFinish', '--to', url, '--format', format, '--set', 'WorkflowExecution.RunId=i123', '--set', 'WorkflowExecution.Tasks.1.State=Failed']);
    expect(run.code, run.stderr).toBe(0);
    const execution = (deliveries[1]!.event as { WorkflowExecution: { RunId: string; Tasks: { State: string }[] } }).WorkflowExecution;
    expect(execution.RunId).toBe('i123');
    expect(execution.Tasks.map((task) => task.State)).toEqual(['Success', 'Failed']);
  });

  it('--set of a path the body does not have: exit 2, says what is there, sends nothing', async () => {
    const result = await runCli(['trigger', 'Transcode', '--to', url, '--set', 'JobsDetail.Operation.NoSuchField=1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('has no JobsDetail.Operation.NoSuchField; there is JobsDetail.Operation.MediaInfo');
    const fields = await runCli(['trigger', 'Transcode', '--to', url, '--set', 'JobsDetail.Operation=1']);
    expect(fields.code).toBe(2);
    expect(fields.stderr).toContain('holds fields, not a value');
    expect(deliveries).toHaveLength(0);
  });

  it('an unknown name: exit 2, close names listed, nothing sent (not even the good names before it)', async () => {
    const result = await runCli(['trigger', 'Transcode', 'Transcod', '--to', url]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown callback "Transcod"; did you mean Transcode');
    expect(deliveries).toHaveLength(0);
  });

  it.each(['xml', 'json'] as const)('every documented Tag, those without a body in the corpus too (a real task body carrying the Tag, said so), --format %s', async (format) => {
    const bodiless = [...knownTags].filter((tag) => !tagged.includes(tag));
    expect(bodiless.length).toBeGreaterThan(0);
    const result = await runCli(['trigger', ...bodiless, '--to', url, '--format', format]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(deliveries.map((delivery) => String(jobOf(delivery).Tag))).toEqual(bodiless);
    expect(deliveries.every((delivery) => delivery.contentType === `application/${format}`)).toBe(true);
    for (const tag of bodiless) expect(result.stdout).toContain(`the corpus has no body for a ${tag} job (Tencent's documentation shows none)`);
  });

  it('a fixture path, or its twin for --format', async () => {
    const result = await runCli(['trigger', 'task/Tts/tts-workflow-triggered.xml', '--to', url, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('fixture  task/Tts/tts-workflow-triggered-json.json');
    expect(deliveries[0]!.contentType).toBe('application/json');
    expect(String(jobOf(deliveries[0]!).Tag)).toBe('Tts');
  });

  it('--test-request: the receiver answers 200 { ok, test: true } and delivers nothing', async () => {
    const result = await runCli(['trigger', '--test-request', '--to', url]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('fixture  moderation/text/console-text-default.json');
    expect(result.stdout).toMatch(/answer {3}200 OK/);
    expect(JSON.parse(/body {5}(.*)/.exec(result.stdout)![1]!)).toEqual({ ok: true, test: true });
    expect(deliveries).toHaveLength(0);
  });

  it('a receiver answering 401 (a wrong token in the URL): exit 1, the answer shown', async () => {
    const result = await runCli(['trigger', 'Transcode', '--to', url.replace(TOKEN, 'not-the-token-0123456789')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/answer {3}401 Unauthorized/);
    expect(result.stdout).toMatch(/body {5}\S/);
  });

  it('--dry-run prints the headers and the body, sends nothing, needs no --to', async () => {
    const result = await runCli(['trigger', 'Transcode', '--dry-run', '--state', 'Failed']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('dry run: not sent');
    expect(result.stdout).toContain('\nContent-Type: application/xml\n\n<Response>');
    expect(result.stdout).toContain('<State>Failed</State>');
    expect(deliveries).toHaveLength(0);
  });

  it('usage errors: no --to, a bad URL, no name, --variant for a job', async () => {
    for (const args of [
      ['Transcode'],
      ['Transcode', '--to', 'not a url'],
      ['--to', url],
      ['Transcode', '--variant', 'Simple', '--dry-run'],
      ['image', '--variant', 'Simple', '--state', 'Failed', '--dry-run'],
    ]) {
      const result = await runCli(['trigger', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(/wanxiang trigger: \S/);
    }
  });

  it('no answer: a closed port, or one that never answers within --timeout-ms, is exit 2', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    try {
      const slow = await runCli(['trigger', 'Transcode', '--to', `http://127.0.0.1:${port}/ci/${TOKEN}`, '--timeout-ms', '300']);
      expect(slow.code).toBe(2);
      expect(slow.stderr).toContain('no answer from http://127.0.0.1');
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
    const closed = await runCli(['trigger', 'Transcode', '--to', `http://127.0.0.1:${port}/ci/${TOKEN}`]);
    expect(closed.code).toBe(2);
    expect(closed.stderr).toContain('ECONNREFUSED');
  });
});
