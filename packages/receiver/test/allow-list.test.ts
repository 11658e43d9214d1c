import { describe, expect, it } from 'vitest';
import type { AllowList } from '../src/index.js';
import { bodyOf, jobXml, post, reviewImageJson, setup, simpleJson, TASK_XML, TEST_REQUEST_JSON, taskXml, workflowJson } from './support/fixtures.js';

/** A Transcode job with the given inner XML for Input, QueueId and Workflow. */
const job = (id: string, fields: string) => jobXml(id, 'Success', 'Transcode', fields);
const input = (inner: string) => `<Input>${inner}<Object>a.mp4</Object></Input>`;

async function answer(allow: AllowList, body: string, headers: Record<string, string> = {}) {
  const { receiver, deliveries, errors } = setup({ allow });
  const response = await receiver.fetch(post(body, { headers }));
  return { status: response.status, body: await bodyOf(response), deliveries, errors };
}

describe('values on the list pass', () => {
  it('forwards a TaskFinish whose BucketId, Region and QueueId are all listed', async () => {
    const result = await answer({ BucketId: ['other-1', 'bucket-125'], Region: ['ap-chongqing'], QueueId: ['p1'] }, TASK_XML);
    expect(result.status).toBe(200);
    expect(result.deliveries).toHaveLength(1);
  });

  it('forwards a WorkflowFinish whose WorkflowId and BucketId are listed', async () => {
    const result = await answer({ WorkflowId: ['w1'], BucketId: ['bucket-125'] }, workflowJson('run-1'));
    expect(result.status).toBe(200);
  });

  it('forwards a job started by a listed workflow', async () => {
    const body = taskXml(job('j1', '<Workflow><WorkflowId>w1</WorkflowId><RunId>r1</RunId></Workflow>'));
    expect((await answer({ WorkflowId: ['w1'] }, body)).status).toBe(200);
  });

  it('counts Input.Bucket (the newer name) as BucketId', async () => {
    const body = taskXml(job('j1', input('<Bucket>bucket-125</Bucket><Region>ap-chongqing</Region>')));
    const result = await answer({ BucketId: ['bucket-125'] }, body);
    expect(result.status).toBe(200);
    expect(result.deliveries).toHaveLength(1);
  });

  it('checks BucketId and Region of a Detail moderation result', async () => {
    const headers = { 'x-ci-content-version': 'Detail' };
    expect((await answer({ BucketId: ['bucket-125'], Region: ['ap-chongqing'] }, reviewImageJson(), headers)).status).toBe(200);
    const off = await answer({ Region: ['ap-guangzhou'] }, reviewImageJson(), headers);
    expect(off.status).toBe(403);
    expect(off.body.issues).toEqual([{ path: 'JobsDetail.Region', message: 'not on the Region allow-list' }]);
  });

  it('leaves unlisted fields unchecked', async () => {
    const body = taskXml(job('j1', `<QueueId>any-queue</QueueId>${input('<BucketId>bucket-125</BucketId>')}`));
    expect((await answer({ BucketId: ['bucket-125'] }, body)).status).toBe(200);
  });

  it('still answers CI test request 200: it carries no bucket, and is not forwarded', async () => {
    const result = await answer({ BucketId: ['bucket-125'] }, TEST_REQUEST_JSON);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ ok: true, test: true });
    expect(result.deliveries).toEqual([]);
  });
});

describe('values off the list are refused with 403 FORBIDDEN at their dotted path', () => {
  it.each([
    ['BucketId', { BucketId: ['bucket-999'] }, 'JobsDetail.0.Input.BucketId'],
    ['Region', { Region: ['ap-guangzhou'] }, 'JobsDetail.0.Input.Region'],
    ['QueueId', { QueueId: ['p2'] }, 'JobsDetail.0.QueueId'],
  ] as const)('refuses a TaskFinish whose %s is not listed', async (field, allow, path) => {
    const result = await answer(allow, TASK_XML);
    expect(result.status).toBe(403);
    expect(result.body).toEqual({
      code: 'FORBIDDEN',
      message: `${path} is not on the ${field} allow-list`,
      issues: [{ path, message: `not on the ${field} allow-list` }],
    });
    expect(result.deliveries).toEqual([]);
    expect(result.errors.map(({ error, context }) => [error.code, context.status])).toEqual([['FORBIDDEN', 403]]);
  });

  it('refuses a job started by an unlisted workflow', async () => {
    const body = taskXml(job('j1', '<Workflow><WorkflowId>w9</WorkflowId></Workflow>'));
    const result = await answer({ WorkflowId: ['w1'] }, body);
    expect(result.status).toBe(403);
    expect(result.body.issues).toEqual([{ path: 'JobsDetail.0.Workflow.WorkflowId', message: 'not on the WorkflowId allow-list' }]);
  });

  it('refuses a WorkflowFinish of an unlisted workflow or bucket', async () => {
    const workflow = await answer({ WorkflowId: ['w2'] }, workflowJson('run-1'));
    expect(workflow.status).toBe(403);
    expect(workflow.body.issues).toEqual([{ path: 'WorkflowExecution.WorkflowId', message: 'not on the WorkflowId allow-list' }]);
    const bucket = await answer({ BucketId: ['bucket-999'] }, workflowJson('run-1'));
    expect(bucket.status).toBe(403);
    expect(bucket.body.issues).toEqual([{ path: 'WorkflowExecution.BucketId', message: 'not on the BucketId allow-list' }]);
  });

  it('refuses an unlisted Input.Bucket at its own path', async () => {
    const body = taskXml(job('j1', input('<Bucket>bucket-999</Bucket>')));
    const result = await answer({ BucketId: ['bucket-125'] }, body);
    expect(result.status).toBe(403);
    expect(result.body.issues).toEqual([{ path: 'JobsDetail.0.Input.Bucket', message: 'not on the BucketId allow-list' }]);
  });

  it('refuses when BucketId is listed but Bucket of the same input is not', async () => {
    const body = taskXml(job('j1', input('<BucketId>bucket-125</BucketId><Bucket>bucket-999</Bucket>')));
    const result = await answer({ BucketId: ['bucket-125'] }, body);
    expect(result.status).toBe(403);
    expect(result.body.issues).toEqual([{ path: 'JobsDetail.0.Input.Bucket', message: 'not on the BucketId allow-list' }]);
  });

  it('refuses the whole event when any one job is off the list, naming that job', async () => {
    const body = taskXml(jobXml('j1'), job('j2', `<QueueId>p1</QueueId>${input('<BucketId>bucket-999</BucketId>')}`));
    const result = await answer({ BucketId: ['bucket-125'] }, body);
    expect(result.status).toBe(403);
    expect(result.body.issues).toEqual([{ path: 'JobsDetail.1.Input.BucketId', message: 'not on the BucketId allow-list' }]);
    expect(result.deliveries).toEqual([]);
  });

  it('compares exactly: no prefix, suffix or case match', async () => {
    for (const listed of ['bucket-12', 'bucket-1250', 'BUCKET-125', ' bucket-125']) {
      expect((await answer({ BucketId: [listed] }, TASK_XML)).status).toBe(403);
    }
  });

  it('refuses everything for an empty list', async () => {
    expect((await answer({ QueueId: [] }, TASK_XML)).status).toBe(403);
  });

  it('names the first failing field in BucketId, Region, QueueId, WorkflowId order', async () => {
    const result = await answer({ WorkflowId: ['w1'], QueueId: ['p2'], Region: ['ap-x'] }, TASK_XML);
    expect(result.body.issues).toEqual([{ path: 'JobsDetail.0.Input.Region', message: 'not on the Region allow-list' }]);
  });
});

describe('a missing field fails closed', () => {
  it('refuses a job without QueueId when a QueueId list is configured', async () => {
    const body = taskXml(job('j1', input('<BucketId>bucket-125</BucketId>')));
    const result = await answer({ QueueId: ['p1'] }, body);
    expect(result.status).toBe(403);
    expect(result.body).toEqual({
      code: 'FORBIDDEN',
      message: 'JobsDetail.0 carries no QueueId, which the allow-list requires',
      issues: [{ path: 'JobsDetail.0.QueueId', message: 'missing, and the QueueId allow-list requires it' }],
    });
  });

  it('refuses a job without Input when a BucketId list is configured', async () => {
    const result = await answer({ BucketId: ['bucket-125'] }, taskXml(job('j1', '<QueueId>p1</QueueId>')));
    expect(result.status).toBe(403);
    expect(result.body.issues).toEqual([{ path: 'JobsDetail.0.Input.BucketId', message: 'missing, and the BucketId allow-list requires it' }]);
  });

  it('refuses an API job (no Workflow) when a WorkflowId list is configured', async () => {
    expect((await answer({ WorkflowId: ['w1'] }, TASK_XML)).status).toBe(403);
  });

  it('refuses a WorkflowFinish when a Region list is configured: workflow runs carry no Region', async () => {
    const result = await answer({ Region: ['ap-chongqing'] }, workflowJson('run-1'));
    expect(result.status).toBe(403);
    expect(result.body.issues).toEqual([{ path: 'WorkflowExecution.Region', message: 'missing, and the Region allow-list requires it' }]);
  });

  it('refuses a moderation result when a QueueId list is configured', async () => {
    const result = await answer({ QueueId: ['p1'] }, reviewImageJson(), { 'x-ci-content-version': 'Detail' });
    expect(result.status).toBe(403);
  });

  it('refuses a Simple moderation result when a BucketId list is configured', async () => {
    expect((await answer({ BucketId: ['bucket-125'] }, simpleJson())).status).toBe(403);
  });

  it('refuses an unknown event when any list is configured', async () => {
    const result = await answer({ BucketId: ['bucket-125'] }, '{"EventName":"SomethingNew","BucketId":"bucket-125"}');
    expect(result.status).toBe(403);
  });
});

describe('the allow-list configuration is checked at createReceiver', () => {
  it('throws a TypeError for a string where a list belongs (it would match substrings)', () => {
    expect(() => setup({ allow: { BucketId: 'bucket-125' as unknown as string[] } })).toThrow(TypeError);
  });

  it('throws a TypeError for an empty string or a non-string in a list', () => {
    expect(() => setup({ allow: { Region: [''] } })).toThrow(/allow\.Region must be an array of non-empty strings/);
    expect(() => setup({ allow: { QueueId: [1 as unknown as string] } })).toThrow(TypeError);
  });

  it('throws a TypeError for a field it does not check, naming the ones it does', () => {
    expect(() => setup({ allow: { Bucket: ['b'] } as AllowList })).toThrow(/allow\.Bucket .*BucketId, Region, QueueId, WorkflowId/);
  });
});
