import { type CallbackEvent, isModerationDetail, isModerationSimple, isTaskFinish, isWorkflowFinish, parseCallback, safeParseCallback } from '@wanxiang/core';
import { type Fixture, fixtures, getFixture } from '@wanxiang/fixtures';
import { describe, expect, it } from 'vitest';
import { ReceiverError } from '../src/errors/receiver-error.js';
import { ECHO_COS_META_HEADER } from '../src/policy/echo/echo-field.js';
import { signEcho } from '../src/policy/echo/echo-mac.js';
import { echoRefusal } from '../src/policy/echo/echo-refusal.js';

const SECRET = 'a-secret-of-32-characters-long!!';
const SECRETS = [SECRET];

// Parsed events are plain objects; tests rewrite the echoed field in place, as CI would have echoed it.
type Writable = Record<string, any>;

const parse = (fixture: Fixture): CallbackEvent => parseCallback(fixture.bytes(), { contentType: fixture.contentType, contentVersion: fixture.contentVersion });

/** The real bodies the core parses strictly (a few documented samples are not well-formed, one console body is a queue test). */
const parsed = fixtures.flatMap((fixture) => {
  const result = safeParseCallback(fixture.bytes(), { contentType: fixture.contentType, contentVersion: fixture.contentVersion });
  return result.success ? [{ fixture, event: result.event }] : [];
});

/** The dotted path an unsigned original is refused at. */
function expectedPath(event: CallbackEvent): string {
  if (isTaskFinish(event)) return 'JobsDetail.0.Operation.UserData';
  if (isWorkflowFinish(event)) return 'WorkflowExecution.CosHeaders';
  if (isModerationDetail(event)) return 'JobsDetail.DataId';
  if (isModerationSimple(event)) return 'data.data_id';
  throw new Error(`unexpected kind ${String(event.EventName)}`);
}

/** Writes a signed echo into every unit's field: UserData of each job, the run's header, DataId / data_id. */
async function sign(event: CallbackEvent, data = 'order-42'): Promise<CallbackEvent> {
  const writable = event as Writable;
  if (isTaskFinish(event)) {
    for (const job of writable.JobsDetail as Writable[]) {
      job.Operation ??= {};
      job.Operation.UserData = await signEcho(SECRET, data, { field: 'UserData' });
    }
  } else if (isWorkflowFinish(event)) {
    writable.WorkflowExecution.CosHeaders.push({ Key: ECHO_COS_META_HEADER, Value: await signEcho(SECRET, data, { field: 'CosMeta' }) });
  } else if (isModerationDetail(event)) {
    writable.JobsDetail.DataId = await signEcho(SECRET, data, { field: 'DataId' });
  } else if (isModerationSimple(event)) {
    writable.data ??= {};
    writable.data.data_id = await signEcho(SECRET, data, { field: 'DataId' });
  }
  return event;
}

describe('real corpus bodies', () => {
  it('covers every kind of the corpus', () => {
    expect(parsed.length).toBeGreaterThanOrEqual(85);
    expect(parsed.some(({ event }) => isTaskFinish(event))).toBe(true);
    expect(parsed.some(({ event }) => isWorkflowFinish(event))).toBe(true);
    expect(parsed.some(({ event }) => isModerationDetail(event))).toBe(true);
    expect(parsed.some(({ event }) => isModerationSimple(event))).toBe(true);
  });

  it.each(parsed.map(({ fixture }) => [fixture.file, fixture] as const))('%s: refused unsigned, at its dotted path', async (_file, fixture) => {
    const event = parse(fixture);
    const refusal = await echoRefusal(event, SECRETS);
    expect(refusal).toBeInstanceOf(ReceiverError);
    expect(refusal).toMatchObject({ code: 'ECHO_INVALID', status: 403 });
    expect(refusal!.issues[0]!.path).toBe(expectedPath(event));
  });

  it.each(parsed.map(({ fixture }) => [fixture.file, fixture] as const))('%s: accepted with its echo field signed', async (_file, fixture) => {
    expect(await echoRefusal(await sign(parse(fixture)), SECRETS)).toBeUndefined();
  });

  it('refuses a signed body under another secret', async () => {
    const event = await sign(parse(getFixture('task/Transcode/transcode-workflow-triggered.xml')));
    const refusal = await echoRefusal(event, ['another-secret-32-characters-ok!']);
    expect(refusal?.issues[0]).toMatchObject({ path: 'JobsDetail.0.Operation.UserData', message: expect.stringContaining('MAC') });
  });

  it('names an original’s own UserData ("This is my Transcode job.") as not an echo', async () => {
    const refusal = await echoRefusal(parse(getFixture('task/Transcode/transcode-workflow-triggered.xml')), SECRETS);
    expect(refusal?.message).toMatch(/^JobsDetail\.0\.Operation\.UserData is not a valid echo/);
  });
});

describe('each unit on its own', () => {
  /** A real TaskFinish with its one job repeated, so the body holds two. */
  function twoJobs(): Writable {
    const event = parse(getFixture('task/Transcode/transcode-workflow-triggered.xml')) as Writable;
    event.JobsDetail.push(structuredClone(event.JobsDetail[0]));
    return event;
  }

  it('refuses a TaskFinish whose second job is unsigned, at that job', async () => {
    const event = twoJobs();
    event.JobsDetail[0].Operation.UserData = await signEcho(SECRET, 'job-1', { field: 'UserData' });
    const refusal = await echoRefusal(event as CallbackEvent, SECRETS);
    expect(refusal?.issues).toEqual([{ path: 'JobsDetail.1.Operation.UserData', message: expect.any(String) }]);
  });

  it('refuses a TaskFinish whose first job is unsigned, at that job, and one whose second job has no UserData at all', async () => {
    const first = twoJobs();
    first.JobsDetail[1].Operation.UserData = await signEcho(SECRET, 'job-2', { field: 'UserData' });
    expect((await echoRefusal(first as CallbackEvent, SECRETS))?.issues[0]?.path).toBe('JobsDetail.0.Operation.UserData');
    const missing = twoJobs();
    missing.JobsDetail[0].Operation.UserData = await signEcho(SECRET, 'job-1', { field: 'UserData' });
    delete missing.JobsDetail[1].Operation.UserData;
    const refusal = await echoRefusal(missing as CallbackEvent, SECRETS);
    expect(refusal?.issues[0]).toMatchObject({ path: 'JobsDetail.1.Operation.UserData', message: expect.stringContaining('missing') });
    expect(refusal?.message).toContain('JobsDetail.1 carries no echo');
  });

  it('accepts a TaskFinish whose two jobs are both signed', async () => {
    const event = twoJobs();
    for (const job of event.JobsDetail) job.Operation.UserData = await signEcho(SECRET, 'job', { field: 'UserData' });
    expect(await echoRefusal(event as CallbackEvent, SECRETS)).toBeUndefined();
  });
});

describe('fields', () => {
  it('refuses a value bound to another field (a header value copied into UserData)', async () => {
    const event = parse(getFixture('task/Snapshot/snapshot-schema.xml')) as Writable;
    event.JobsDetail[0].Operation.UserData = await signEcho(SECRET, 'obj', { field: 'CosMeta' });
    expect((await echoRefusal(event as CallbackEvent, SECRETS))?.issues[0]?.path).toBe('JobsDetail.0.Operation.UserData');
    event.JobsDetail[0].Operation.UserData = await signEcho(SECRET, 'obj');
    expect(await echoRefusal(event as CallbackEvent, SECRETS)).toBeUndefined();
  });

  it('workflow: finds the header whatever its case, and refuses when a second copy of it is wrong', async () => {
    const event = parse(getFixture('workflow/no-eventname/legacy-workflow-callback-example.xml')) as Writable;
    const headers = event.WorkflowExecution.CosHeaders;
    headers.push({ Key: 'X-Cos-Meta-Ci-Echo', Value: await signEcho(SECRET, 'obj', { field: 'CosMeta' }) });
    expect(await echoRefusal(event as CallbackEvent, SECRETS)).toBeUndefined();
    headers.push({ Key: ECHO_COS_META_HEADER, Value: 'forged' });
    expect((await echoRefusal(event as CallbackEvent, SECRETS))?.issues[0]?.path).toBe(`WorkflowExecution.CosHeaders.${headers.length - 1}.Value`);
  });

  it('workflow: another header name can be configured', async () => {
    const event = parse(getFixture('workflow/WorkflowFinish/workflow-finish-schema.xml')) as Writable;
    event.WorkflowExecution.CosHeaders.push({ Key: 'x-cos-meta-mac', Value: await signEcho(SECRET, 'obj', { field: 'CosMeta' }) });
    expect(await echoRefusal(event as CallbackEvent, SECRETS)).toBeInstanceOf(ReceiverError);
    expect(await echoRefusal(event as CallbackEvent, SECRETS, { header: 'x-cos-meta-mac' })).toBeUndefined();
    await expect(echoRefusal(event as CallbackEvent, SECRETS, { header: 'x-cos-meta-a_b' })).rejects.toThrow(TypeError);
    await expect(echoRefusal(event as CallbackEvent, SECRETS, { header: 'content-type' })).rejects.toThrow(TypeError);
  });

  it('moderation without DataId (image results, upload-triggered): the header in CosHeaders counts', async () => {
    const detail = parse(getFixture('moderation/image/image-detail-example.json')) as Writable;
    detail.JobsDetail.CosHeaders[ECHO_COS_META_HEADER] = await signEcho(SECRET, '1.jpg', { field: 'CosMeta' });
    expect(await echoRefusal(detail as CallbackEvent, SECRETS)).toBeUndefined();
    const simple = parse(getFixture('moderation/image/image-simple-schema.json')) as Writable;
    simple.data.cos_headers[ECHO_COS_META_HEADER] = 'forged';
    expect((await echoRefusal(simple as CallbackEvent, SECRETS))?.issues[0]?.path).toBe(`data.cos_headers.${ECHO_COS_META_HEADER}`);
  });

  it('moderation: a DataId present is the one checked, even beside a valid header', async () => {
    const event = parse(getFixture('moderation/text/text-detail-example.json')) as Writable;
    event.JobsDetail.CosHeaders = { [ECHO_COS_META_HEADER]: await signEcho(SECRET, 'a', { field: 'CosMeta' }) };
    event.JobsDetail.DataId = 'business-id-17';
    expect((await echoRefusal(event as CallbackEvent, SECRETS))?.issues[0]?.path).toBe('JobsDetail.DataId');
  });
});

describe('configuration and unknown kinds', () => {
  it('refuses an event of a kind it does not know', async () => {
    const event = parseCallback('{"EventName":"SomethingNew","JobsDetail":{"JobId":"j1"}}', { contentType: 'application/json' });
    const refusal = await echoRefusal(event, SECRETS);
    expect(refusal).toMatchObject({ code: 'ECHO_INVALID', issues: [{ path: 'EventName' }] });
  });

  it('throws TypeError for no secret or a short one', async () => {
    const event = parse(getFixture('task/Snapshot/snapshot-schema.xml'));
    await expect(echoRefusal(event, [])).rejects.toThrow(TypeError);
    await expect(echoRefusal(event, ['short'])).rejects.toThrow(TypeError);
  });
});
