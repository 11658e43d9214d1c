// Every job, workflow run and moderation result must satisfy every configured list on its own; refused bodies are archived under forbidden/.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AllowList } from '../src/index.js';
import { bodyOf, jobXml, post, reviewImageJson, setup, simpleJson, taskXml, workflowJson } from './support/fixtures.js';

type Field = keyof AllowList;
type Presence = 'allowed' | 'other' | 'missing';

const ALLOWED: Record<Field, string> = { BucketId: 'bucket-125', Region: 'ap-chongqing', QueueId: 'p1', WorkflowId: 'w1' };
const allowOnly = (field: Field): AllowList => ({ [field]: [ALLOWED[field]] });

/** One Transcode job whose `field` is allowed, another value, or absent; the other fields allowed. */
function jobWith(id: string, field: Field, presence: Presence): string {
  const value = (name: Field) => (name !== field ? ALLOWED[name] : presence === 'allowed' ? ALLOWED[name] : presence === 'other' ? `${ALLOWED[name]}-x` : undefined);
  const tag = (name: string, text: string | undefined) => (text === undefined ? '' : `<${name}>${text}</${name}>`);
  const input = `<Input>${tag('BucketId', value('BucketId'))}${tag('Region', value('Region'))}<Object>a.mp4</Object></Input>`;
  const workflow = value('WorkflowId') === undefined ? '' : `<Workflow>${tag('WorkflowId', value('WorkflowId'))}<RunId>r1</RunId></Workflow>`;
  return jobXml(id, 'Success', 'Transcode', `${tag('QueueId', value('QueueId'))}${input}${workflow}`);
}

async function answer(allow: AllowList, body: string, headers: Record<string, string> = {}) {
  const made = setup({ allow, withArchive: true });
  const response = await made.receiver.fetch(post(body, { headers }));
  return { ...made, status: response.status, body: await bodyOf(response) };
}

const fields: Field[] = ['BucketId', 'Region', 'QueueId', 'WorkflowId'];
const presences: Presence[] = ['allowed', 'other', 'missing'];

describe('a multi-job TaskFinish: each job is judged on its own, for every field', () => {
  const cases = fields.flatMap((field) => presences.flatMap((first) => presences.map((second) => [field, first, second] as const)));

  it.each(cases)('%s: job 0 %s, job 1 %s', async (field, first, second) => {
    const body = taskXml(jobWith('j1', field, first), jobWith('j2', field, second));
    const result = await answer(allowOnly(field), body);
    if (first === 'allowed' && second === 'allowed') {
      expect(result.status).toBe(200);
      expect(result.deliveries).toHaveLength(1);
      return;
    }
    expect(result.status).toBe(403);
    expect(result.deliveries).toEqual([]);
    const faulty = first === 'allowed' ? 1 : 0;
    const [issue] = result.body.issues as { path: string; message: string }[];
    expect(issue!.path.startsWith(`JobsDetail.${faulty}.`)).toBe(true);
    expect(issue!.message).toMatch(new RegExp(`${field} allow-list`));
  });

  it('refuses an allowed job beside one that names no bucket, under any one of several lists', async () => {
    const body = taskXml(jobWith('j1', 'BucketId', 'allowed'), jobWith('j2', 'BucketId', 'missing'));
    const result = await answer({ BucketId: [ALLOWED.BucketId], QueueId: [ALLOWED.QueueId] }, body);
    expect(result.status).toBe(403);
    expect(result.body.issues).toEqual([{ path: 'JobsDetail.1.Input.BucketId', message: 'missing, and the BucketId allow-list requires it' }]);
  });

  it('never forwards a TaskFinish with no job at all (the core refuses it before any list)', async () => {
    const result = await answer(allowOnly('BucketId'), '{"EventName":"TaskFinish","JobsDetail":[]}');
    expect(result.status).not.toBe(200);
    expect(result.deliveries).toEqual([]);
  });
});

describe('a workflow run', () => {
  it.each([
    ['BucketId', { WorkflowId: 'w1', BucketId: 'bucket-125' }, 200],
    ['BucketId', { WorkflowId: 'w1', BucketId: 'bucket-9' }, 403],
    ['BucketId', { WorkflowId: 'w1' }, 403],
    ['WorkflowId', { WorkflowId: 'w1', BucketId: 'bucket-125' }, 200],
    ['WorkflowId', { WorkflowId: 'w9', BucketId: 'bucket-125' }, 403],
    ['WorkflowId', { BucketId: 'bucket-125' }, 403],
    ['Region', { WorkflowId: 'w1', BucketId: 'bucket-125' }, 403],
    ['QueueId', { WorkflowId: 'w1', BucketId: 'bucket-125' }, 403],
  ] as const)('under a %s list, a run with %j answers %i', async (field, extra, status) => {
    expect((await answer(allowOnly(field), workflowJson('run-1', { ...extra }))).status).toBe(status);
  });
});

describe('a moderation result', () => {
  const detail = { 'x-ci-content-version': 'Detail' };
  const detailWith = (fields: Record<string, string>) => JSON.stringify({ EventName: 'ReviewImage', JobsDetail: { JobId: 'si-1', State: 'Success', Object: 'a.jpg', ...fields } });

  it.each([
    ['BucketId', { BucketId: 'bucket-125', Region: 'ap-chongqing' }, 200],
    ['BucketId', { BucketId: 'bucket-9', Region: 'ap-chongqing' }, 403],
    ['BucketId', { Region: 'ap-chongqing' }, 403],
    ['Region', { BucketId: 'bucket-125', Region: 'ap-chongqing' }, 200],
    ['Region', { BucketId: 'bucket-125', Region: 'ap-guangzhou' }, 403],
    ['Region', { BucketId: 'bucket-125' }, 403],
    ['QueueId', { BucketId: 'bucket-125', Region: 'ap-chongqing' }, 403],
    ['WorkflowId', { BucketId: 'bucket-125', Region: 'ap-chongqing' }, 403],
  ] as const)('Detail, under a %s list, with %j answers %i', async (field, fields, status) => {
    expect((await answer(allowOnly(field), detailWith(fields), detail)).status).toBe(status);
  });

  it.each(fields)('Simple, under a %s list, is refused: it names none of the fields', async (field) => {
    const result = await answer(allowOnly(field), simpleJson(), { 'x-ci-content-version': 'Simple' });
    expect(result.status).toBe(403);
    expect(result.body.issues).toEqual([{ path: field, message: `missing, and the ${field} allow-list requires it` }]);
  });

  it('names the missing field at its place in a Detail result', async () => {
    const result = await answer(allowOnly('QueueId'), reviewImageJson(), detail);
    expect(result.body.issues).toEqual([{ path: 'JobsDetail.QueueId', message: 'missing, and the QueueId allow-list requires it' }]);
  });
});

describe('a body refused by an allow-list is archived under forbidden/', () => {
  const NOW = '2026-11-21T08:09:10.123Z';
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('with status forbidden, the exact bytes, and the reason, before the 403', async () => {
    const body = taskXml(jobWith('j1', 'BucketId', 'allowed'), jobWith('j2', 'BucketId', 'missing'));
    const result = await answer(allowOnly('BucketId'), body);
    expect(result.status).toBe(403);
    expect(result.order).toEqual(['archive:forbidden']);
    expect(result.archived).toHaveLength(1);
    const entry = result.archived[0]!;
    expect(entry.status).toBe('forbidden');
    expect(entry.key).toMatch(/^forbidden\/2026-11-21\/080910123Z-[0-9a-f]{16}\.xml$/);
    expect(new TextDecoder().decode(entry.raw)).toBe(body);
    expect(entry.contentType).toBe('application/xml');
    expect(entry.receivedAt).toBe(NOW);
    expect(entry.error).toEqual({ code: 'FORBIDDEN', message: 'JobsDetail.1 carries no BucketId, which the allow-list requires' });
    expect(result.deliveries).toEqual([]);
  });

  it('for a workflow run and a moderation result too, but not for an allowed one', async () => {
    const run = await answer(allowOnly('WorkflowId'), workflowJson('run-1', { WorkflowId: 'w9' }));
    expect(run.archived.map((entry) => [entry.status, entry.key.split('/')[0]])).toEqual([['forbidden', 'forbidden']]);
    const review = await answer(allowOnly('Region'), reviewImageJson(), { 'x-ci-content-version': 'Detail' });
    expect(review.status).toBe(200);
    expect(review.archived.map((entry) => entry.status)).toEqual(['accepted']);
  });
});
