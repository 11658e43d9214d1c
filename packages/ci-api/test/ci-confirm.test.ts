// Verify by lookup, end to end in-process: the receiver's confirm policy asks the CI API double
// (which checks every signature) about real corpus callbacks. A genuine callback is confirmed
// and forwarded with CI's record; a forged one is refused. When CI cannot be asked:
// ci-confirm-unavailable.test.ts; the configuration: ci-confirm-configuration.test.ts.
import { type CallbackEvent, isModerationDetail, isTaskFinish, isWorkflowFinish, parseCallbackLenient } from '@wanxiang/core';
import { describe, expect, it } from 'vitest';
import { createCiClient, createCiConfirm, lookupBucketsSetting } from '../src/index.js';
import { createCiApiDouble } from '../src/testing/index.js';
import { bucketsOf, system } from './support/confirm-system.js';
import { imageModeration, SECRET, servable, transcodeXml, workflowJson } from './support/lookup-fixtures.js';

const genuine = servable.filter((fixture) => {
  const { event } = parseCallbackLenient(fixture.text, { contentType: fixture.contentType, contentVersion: fixture.contentVersion });
  const buckets = bucketsOf(event);
  try {
    lookupBucketsSetting(
      Object.entries(buckets)
        .map(([bucket, region]) => `${bucket}=${region}`)
        .join(','),
    );
    return Object.keys(buckets).length > 0 && !isModerationSimpleName(event);
  } catch {
    return false;
  }
});

function isModerationSimpleName(event: CallbackEvent): boolean {
  return !isTaskFinish(event) && !isWorkflowFinish(event) && !isModerationDetail(event);
}

describe('a genuine callback is confirmed and forwarded with CI’s record', () => {
  it('covers the corpus: jobs, workflow runs and moderation jobs', () => {
    expect(genuine.length).toBeGreaterThan(20);
    expect(genuine.some((fixture) => fixture.family === 'workflow')).toBe(true);
    expect(genuine.some((fixture) => fixture.family === 'moderation')).toBe(true);
  });

  it.each(genuine.map((fixture) => [fixture.file, fixture] as const))('%s', async (_file, fixture) => {
    const { double, deliveries, post } = system();
    double.addCallback(fixture.text, fixture.contentType);
    const { event } = parseCallbackLenient(fixture.text, { contentType: fixture.contentType, contentVersion: fixture.contentVersion });
    const answer = await post(fixture.text, fixture.contentType, fixture.contentVersion, bucketsOf(event));
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]!.record).toBeDefined();
    expect(double.requests.every((request) => request.verified)).toBe(true);
  });
});

describe('a forged callback is refused', () => {
  const transcode = parseCallbackLenient(transcodeXml.text).event;
  const buckets = bucketsOf(transcode);

  it('an unknown JobId: 403 UNCONFIRMED, nothing forwarded', async () => {
    const { double, deliveries, post } = system();
    double.addCallback(transcodeXml.text, transcodeXml.contentType);
    const forged = transcodeXml.text.replace(/<JobId>([^<]+)<\/JobId>/, '<JobId>j0000000000000000000000000000000f</JobId>');
    const answer = await post(forged, 'application/xml', undefined, buckets);
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('UNCONFIRMED');
    expect(answer.body.issues?.[0]?.path).toBe('JobsDetail.0.JobId');
    expect(deliveries).toEqual([]);
  });

  it.each(['../pic_jobs/j1', 'j1,j2', 'j1?x=1', 'j1%2F'])('a JobId that would change the request (%s): 403, never asked', async (id) => {
    const { double, urls, post } = system();
    double.addCallback(transcodeXml.text, transcodeXml.contentType);
    const answer = await post(transcodeXml.text.replace(/<JobId>([^<]+)<\/JobId>/, `<JobId>${id}</JobId>`), 'application/xml', undefined, buckets);
    expect(answer.status).toBe(403);
    expect(answer.body.issues?.[0]).toEqual({ path: 'JobsDetail.0.JobId', message: 'is not an id CI gives' });
    expect(urls).toEqual([]);
  });

  it('a State that disagrees: refused at JobsDetail.0.State', async () => {
    const { double, post } = system();
    double.addCallback(transcodeXml.text.replace(/<State>Success<\/State>/, '<State>Failed</State>'), 'application/xml');
    const answer = await post(transcodeXml.text, 'application/xml', undefined, buckets);
    expect(answer.status).toBe(403);
    expect(answer.body.issues?.[0]?.path).toBe('JobsDetail.0.State');
    // The answer names the field, never CI's value (whoever holds the token would read CI's records).
    expect(answer.body.message).toBe("Not confirmed by CI: JobsDetail.0.State: State differs from CI's record");
    expect(answer.body.message).not.toContain('Failed');
  });

  it('a Tag that disagrees: refused at JobsDetail.0.Tag', async () => {
    const { double, post } = system();
    double.addCallback(transcodeXml.text, 'application/xml');
    const answer = await post(transcodeXml.text.replace(/<Tag>Transcode<\/Tag>/, '<Tag>Snapshot</Tag>'), 'application/xml', undefined, buckets);
    expect(answer.status).toBe(403);
    expect(answer.body.issues?.[0]?.path).toBe('JobsDetail.0.Tag');
  });

  it('another bucket: refused without a request, and the request never goes to a host the body names', async () => {
    const { double, urls, post } = system();
    double.addCallback(transcodeXml.text, 'application/xml');
    const answer = await post(transcodeXml.text, 'application/xml', undefined, { 'otherbucket-1250000000': 'ap-guangzhou' });
    expect(answer.status).toBe(403);
    expect(answer.body.issues?.[0]?.path).toMatch(/^JobsDetail\.0\.Input\.Bucket(Id)?$/);
    expect(urls).toEqual([]);
  });

  it('a region that is not the configured one: refused at Input.Region', async () => {
    const { post } = system();
    const [bucket] = Object.keys(buckets);
    const answer = await post(transcodeXml.text, 'application/xml', undefined, { [bucket!]: 'ap-beijing' });
    expect(answer.status).toBe(403);
    expect(answer.body.issues?.[0]?.path).toBe('JobsDetail.0.Input.Region');
  });

  it('the host comes from the configuration: <bucket>.ci.<region>.myqcloud.com', async () => {
    const { double, urls, post } = system();
    double.addCallback(transcodeXml.text, 'application/xml');
    const [[bucket, region]] = Object.entries(buckets) as [[string, string]];
    expect((await post(transcodeXml.text, 'application/xml', undefined, buckets)).status).toBe(200);
    expect(urls.map((url) => new globalThis.URL(url).host)).toEqual([`${bucket}.ci.${region}.myqcloud.com`]);
  });

  it('a workflow run whose State disagrees, a moderation job CI does not have', async () => {
    const run = parseCallbackLenient(workflowJson.text).event;
    const image = parseCallbackLenient(imageModeration.text, { contentVersion: 'Detail' }).event;
    const { double, post } = system();
    double.addCallback(workflowJson.text.replace(/"State":\s*"Success"/, '"State": "Failed"'), 'application/json');
    const forgedRun = await post(workflowJson.text, 'application/json', undefined, bucketsOf(run));
    expect(forgedRun.status).toBe(403);
    expect(forgedRun.body.issues?.[0]?.path).toBe('WorkflowExecution.State');
    const unknownImage = await post(imageModeration.text, 'application/json', 'Detail', bucketsOf(image));
    expect(unknownImage.status).toBe(403);
    expect(unknownImage.body.code).toBe('UNCONFIRMED');
  });
});

describe('a forged body that keeps a real id and changes what it reports is refused', () => {
  const image = parseCallbackLenient(imageModeration.text, { contentVersion: 'Detail' }).event;

  it.each([
    ['a moderation verdict', (body: any) => ({ ...body, JobsDetail: { ...body.JobsDetail, Result: 1, Label: 'Porn', Score: 99 } }), 'JobsDetail.Result'],
    ['a moderation result without its State', (body: any) => ({ ...body, JobsDetail: Object.fromEntries(Object.entries(body.JobsDetail).filter(([name]) => name !== 'State')) }), 'JobsDetail.State'],
  ])('%s', async (_what, forge, path) => {
    const { double, post } = system();
    double.addCallback(imageModeration.text, 'application/json');
    const answer = await post(JSON.stringify(forge(JSON.parse(imageModeration.text))), 'application/json', 'Detail', bucketsOf(image));
    expect(answer.status).toBe(403);
    expect(answer.body.issues?.[0]?.path).toBe(path);
  });

  it('a job whose output was changed', async () => {
    const { double, post } = system();
    double.addCallback(transcodeXml.text, 'application/xml');
    const forged = transcodeXml.text.replace(/(<Output>[\s\S]*?<Object>)[^<]*(<\/Object>)/, '$1stolen/out.mp4$2');
    expect(forged).not.toBe(transcodeXml.text);
    const answer = await post(forged, 'application/xml', undefined, bucketsOf(parseCallbackLenient(transcodeXml.text).event));
    expect(answer.status).toBe(403);
    expect(answer.body.issues?.[0]?.path).toBe('JobsDetail.0.Operation.Output.Object');
  });

  it("a workflow task's State", async () => {
    const { double, post } = system();
    double.addCallback(workflowJson.text, 'application/json');
    const body = JSON.parse(workflowJson.text);
    const tasks = body.WorkflowExecution.Tasks;
    expect(Array.isArray(tasks) && tasks.length).toBeTruthy();
    tasks[0].State = tasks[0].State === 'Success' ? 'Failed' : 'Success';
    const answer = await post(JSON.stringify(body), 'application/json', undefined, bucketsOf(parseCallbackLenient(workflowJson.text).event));
    expect(answer.status).toBe(403);
    expect(answer.body.issues?.[0]?.path).toBe('WorkflowExecution.Tasks.0.State');
  });
});

describe('a Simple moderation result names no bucket', () => {
  it('is asked in each configured bucket in turn; found in the second, confirmed; its verdict compared', async () => {
    const detail = parseCallbackLenient(imageModeration.text, { contentVersion: 'Detail' }).event as { JobsDetail: { JobId: string; Result?: number } };
    const double = createCiApiDouble({ secrets: { [SECRET.secretId]: SECRET.secretKey } });
    double.addCallback(imageModeration.text, 'application/json');
    const hosts: string[] = [];
    const fetch = async (input: string, init?: RequestInit) => {
      const host = new globalThis.URL(input).host;
      hosts.push(host);
      // The first bucket has no such job: CI's own 404.
      if (host.startsWith('first-')) return new Response('<Error><Code>NoSuchJob</Code><Message>no</Message></Error>', { status: 404, headers: { 'content-type': 'application/xml' } });
      return double.fetch(input, init);
    };
    const confirm = createCiConfirm({ client: createCiClient({ credentials: SECRET, fetch }), buckets: { 'first-1250000000': 'ap-guangzhou', 'second-1250000000': 'ap-shanghai' } });
    const simple = (result: number) =>
      parseCallbackLenient(JSON.stringify({ code: 0, message: 'OK', data: { trace_id: detail.JobsDetail.JobId, event: 'ReviewImage', result, forbidden_status: 0 } }), { contentVersion: 'Simple' })
        .event;
    const genuine = await confirm(simple(Number(detail.JobsDetail.Result ?? 0)));
    expect(genuine.confirmed).toBe(true);
    expect(hosts).toEqual(['first-1250000000.ci.ap-guangzhou.myqcloud.com', 'second-1250000000.ci.ap-shanghai.myqcloud.com']);
    const forged = await confirm(simple(Number(detail.JobsDetail.Result ?? 0) === 1 ? 0 : 1));
    expect(forged).toEqual({ confirmed: false, reason: "result differs from CI's record", path: 'data.result' });
  });
});
