import { parseCallbackLenient, type CallbackEvent } from '@wanxiang/core';
import { createReceiver, type Delivery } from '@wanxiang/receiver';
import { describe, expect, it } from 'vitest';
import { createCiClient, createCiConfirm } from '../src/index.js';

const B = 'examplebucket-1250000000';
const R = 'ap-guangzhou';
const TOKEN = 'confirm-test-token-0123456789';

function harness(answer: (url: string) => Response | Promise<Response>, buckets: Record<string, string> = { [B]: R }) {
  const urls: string[] = [];
  const client = createCiClient({ credentials: { secretId: 'AKIDx', secretKey: 'sk' }, fetch: async (u) => { urls.push(u); return answer(u); }, timeoutMs: 1000 });
  const confirm = createCiConfirm({ client, buckets });
  const deliveries: Delivery[] = [];
  const receiver = createReceiver({ tokens: [TOKEN], forwarder: { send: async (d) => void deliveries.push(d) }, confirm, logger: false });
  const post = async (body: string, ct = 'application/json') => {
    const r = await receiver.fetch(new Request(`https://h/ci/${TOKEN}`, { method: 'POST', headers: { 'content-type': ct }, body }));
    return { status: r.status, body: await r.json() as any };
  };
  return { urls, confirm, deliveries, post };
}
const xml = (s: string) => new Response(`<Response>${s}</Response>`, { status: 200, headers: { 'content-type': 'application/xml' } });

const realJob = `<JobsDetail><Code>Success</Code><Message/><JobId>j1111</JobId><State>Success</State><Tag>Transcode</Tag><CreationTime>2022-01-01T00:00:00+0800</CreationTime><StartTime>2022-01-01T00:00:00+0800</StartTime><EndTime>2022-01-01T00:00:00+0800</EndTime><QueueId>p1</QueueId><Input><BucketId>${B}</BucketId><Object>in/secret-name.mp4</Object><Region>${R}</Region></Input><Operation><Output><Bucket>${B}</Bucket><Region>${R}</Region><Object>out/real.mp4</Object></Output><UserData>real</UserData></Operation></JobsDetail>`;

function task(jobs: object[]) { return JSON.stringify({ EventName: 'TaskFinish', JobsDetail: jobs }); }
const fjob = (over: object = {}) => ({ Code: 'Success', Message: '', JobId: 'j1111', State: 'Success', Tag: 'Transcode', CreationTime: '2022-01-01T00:00:00+0800', StartTime: '2022-01-01T00:00:00+0800', EndTime: '2022-01-01T00:00:00+0800', QueueId: 'p1', Input: { BucketId: B, Object: 'in/secret-name.mp4', Region: R }, Operation: { Output: { Bucket: B, Region: R, Object: 'out/real.mp4' }, UserData: 'real' }, ...over });

describe('scratch', () => {
  it('genuine confirmed', async () => {
    const h = harness(() => xml(realJob));
    const r = await h.post(task([fjob()]));
    console.log('genuine', r.status, JSON.stringify(r.body));
  });
  it('forged uncompared fields (Output.Object, UserData, Code) confirmed', async () => {
    const h = harness(() => xml(realJob));
    const r = await h.post(task([fjob({ Code: 'Failed', Operation: { Output: { Bucket: B, Region: R, Object: 'attacker/evil.mp4' }, UserData: 'forged' } })]));
    console.log('forged-output', r.status, JSON.stringify((h.deliveries[0]?.event as any)?.JobsDetail?.[0]?.Operation));
  });
  it('minimal forged body: only JobId', async () => {
    const h = harness(() => xml(realJob));
    const r = await h.post(task([{ JobId: 'j1111', Code: 'Success', Message: '' }]));
    console.log('minimal', r.status, JSON.stringify(r.body).slice(0, 300));
  });
  it('oracle: 403 leaks CI values', async () => {
    const h = harness(() => xml(realJob));
    const r = await h.post(task([fjob({ Input: { BucketId: B, Region: R, Object: 'guess' } })]));
    console.log('oracle', r.status, JSON.stringify(r.body));
  });
  it('null job entry', async () => {
    const h = harness(() => xml(realJob));
    const r = await h.post(task([fjob(), null as any]));
    console.log('nulljob', r.status, JSON.stringify(r.body).slice(0, 300));
  });
  it('BucketId array', async () => {
    const h = harness(() => xml(realJob), { [B]: R, 'other-1250000000': R });
    const r = await h.post(task([fjob({ Input: { BucketId: [B], Region: R, Object: 'in/secret-name.mp4' } })]));
    console.log('bucketarray', r.status, JSON.stringify(r.body).slice(0, 300));
  });
  it('Input string / Region array', async () => {
    const h = harness(() => xml(realJob));
    let r = await h.post(task([fjob({ Input: 'x' })]));
    console.log('inputstring', r.status, JSON.stringify(r.body).slice(0, 300));
    r = await h.post(task([fjob({ Input: { BucketId: B, Region: [R], Object: 'in/secret-name.mp4' } })]));
    console.log('regionarray', r.status, JSON.stringify(r.body).slice(0, 300));
    r = await h.post(task([fjob({ Input: { BucketId: B, Region: 'ap-shanghai', Object: 'in/secret-name.mp4' } })]));
    console.log('regionother', r.status, JSON.stringify(r.body).slice(0, 300), h.urls.length);
  });
  it('Tag array', async () => {
    const h = harness((u) => { return xml(realJob); });
    const r = await h.post(task([fjob({ Tag: ['PicProcess'] })]));
    console.log('tagarray', r.status, h.urls, JSON.stringify(r.body).slice(0, 300));
  });
  it('State case', async () => {
    const h = harness(() => xml(realJob));
    const r = await h.post(task([fjob({ State: 'success' })]));
    console.log('statecase', r.status, JSON.stringify(r.body).slice(0, 300));
    const r2 = await h.post(task([fjob({ State: ' Success ' })]));
    console.log('statews', r2.status, JSON.stringify(r2.body).slice(0, 300));
  });
  it('workflow missing execution', async () => {
    const h = harness(() => xml(realJob));
    const r = await h.post(JSON.stringify({ EventName: 'WorkflowFinish', WorkflowExecution: 'x' }));
    console.log('wfstring', r.status, JSON.stringify(r.body).slice(0, 300));
    const r2 = await h.post(JSON.stringify({ EventName: 'WorkflowFinish', WorkflowExecution: { RunId: 'i1', BucketId: [B] , CosHeaders: []} }));
    console.log('wfbucketarr', r2.status, JSON.stringify(r2.body).slice(0, 300));
  });
  it('JSON answer shapes', async () => {
    const job = parseCallbackLenient(task([fjob()]), { contentType: 'application/json' }).event as any;
    const j = job.JobsDetail[0];
    for (const body of [
      JSON.stringify({ Response: { JobsDetail: [j] } }),
      JSON.stringify({ Response: { JobsDetail: [j] }, RequestId: 'r' }),
      JSON.stringify({ JobsDetail: [j], RequestId: 'r' }),
      JSON.stringify({ JobsDetail: j }),
    ]) {
      const h = harness(() => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
      const r = await h.post(task([fjob()]));
      console.log('json', body.slice(0, 40), r.status, JSON.stringify(r.body).slice(0, 200));
    }
  });
  it('content types of answers', async () => {
    for (const ct of ['text/xml', 'application/octet-stream', 'text/plain', '', 'application/xml; charset=gbk']) {
      const h = harness(() => new Response(`<Response>${realJob}</Response>`, { status: 200, headers: ct ? { 'content-type': ct } : {} }));
      const r = await h.post(task([fjob()]));
      console.log('ct', JSON.stringify(ct), r.status, JSON.stringify(r.body).slice(0, 200));
    }
  });
  it('404 from proxy / NoSuchBucket', async () => {
    const h = harness(() => new Response('<html>not found</html>', { status: 404, headers: { 'content-type': 'text/html' } }));
    const r = await h.post(task([fjob()]));
    console.log('404', r.status, JSON.stringify(r.body).slice(0, 200));
  });
  it('empty 200', async () => {
    const h = harness(() => new Response('', { status: 200 }));
    const r = await h.post(task([fjob()]));
    console.log('empty200', r.status, JSON.stringify(r.body).slice(0, 200));
  });
  it('redirect 302', async () => {
    const h = harness(() => new Response('', { status: 302, headers: { location: 'https://evil' } }));
    const r = await h.post(task([fjob()]));
    console.log('302', r.status, JSON.stringify(r.body).slice(0, 200));
  });
  it('CI answers other job id only', async () => {
    const h = harness(() => xml(realJob.replace('j1111', 'j2222')));
    const r = await h.post(task([fjob()]));
    console.log('otherid', r.status, JSON.stringify(r.body).slice(0, 200));
  });
  it('proto element in answer', async () => {
    const h = harness(() => xml(realJob.replace('<QueueId>', '<__proto__><State>Success</State></__proto__><QueueId>')));
    const r = await h.post(task([fjob()]));
    console.log('proto', r.status, JSON.stringify(r.body).slice(0, 200), ({} as any).State);
  });
});
