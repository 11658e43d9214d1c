import { readFileSync } from 'node:fs';
import { createReceiver, type Delivery } from '@wanxiang/receiver';
import { it } from 'vitest';
import { createCiClient, createCiConfirm } from '../src/index.js';
import { createCiApiDouble } from '../src/testing/index.js';
const SECRET = { secretId: 'AKIDdoubleexample0000000000000000', secretKey: 'double-secret-key-0123456789abcdef' };
const TOKEN = 'confirm-test-token-0123456789';
function sys(buckets: Record<string, string>) {
  const double = createCiApiDouble({ secrets: { [SECRET.secretId]: SECRET.secretKey } });
  const client = createCiClient({ credentials: SECRET, fetch: double.fetch, timeoutMs: 2000 });
  const deliveries: Delivery[] = [];
  const receiver = createReceiver({ tokens: [TOKEN], forwarder: { send: async (d) => void deliveries.push(d) }, confirm: createCiConfirm({ client, buckets }), logger: false });
  const post = async (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) => { const r = await receiver.fetch(new Request(`https://h/ci/${TOKEN}`, { method: 'POST', headers, body })); return { status: r.status, body: await r.json() as any }; };
  return { double, deliveries, post };
}
it('forged moderation verdict', async () => {
  const text = readFileSync('../fixtures/corpus/moderation/image/image-detail-example.json', 'utf8').replace('"xxxx"', '"jmod1"');
  const s = sys({ 'examplebucket-1250000000': 'ap-chongqing' });
  s.double.addCallback(text, 'application/json');
  const real = JSON.parse(text);
  // CI says Result 0/Normal; forge Result 1/Porn (or the opposite) on the real JobId
  real.JobsDetail.Result = 1; real.JobsDetail.Label = 'Porn'; real.JobsDetail.Score = 99; real.JobsDetail.ForbidState = 1;
  const r = await s.post(JSON.stringify(real));
  const ev = s.deliveries[0]?.event as any;
  console.log('MOD', r.status, ev?.JobsDetail?.Result, ev?.JobsDetail?.Label, (s.deliveries[0]?.record as any)?.JobsDetail?.Result);
  // Simple: only trace_id
  const simple = { code: 0, message: 'ok', data: { event: 'ReviewImage', trace_id: 'jmod1', result: 1, url: 'https://evil/x.jpg', porn_info: { hit_flag: 1, score: 99, label: 'Porn' } } };
  const r2 = await s.post(JSON.stringify(simple), { 'content-type': 'application/json', 'x-ci-content-version': 'Simple' });
  console.log('SIMPLE', r2.status, JSON.stringify(r2.body).slice(0, 200), JSON.stringify((s.deliveries[1]?.event as any)?.data));
});
it('forged workflow tasks', async () => {
  const text = readFileSync('../fixtures/corpus/workflow/WorkflowFinish/workflow-finish-example-json.json', 'utf8');
  const real = JSON.parse(text);
  console.log('WFKEYS', Object.keys(real.WorkflowExecution), real.WorkflowExecution.BucketId, real.WorkflowExecution.RunId);
  const s = sys({ [real.WorkflowExecution.BucketId]: 'ap-guangzhou' });
  s.double.addCallback(text, 'application/json');
  const forged = JSON.parse(text);
  forged.WorkflowExecution.WorkflowName = 'another-workflow';
  if (forged.WorkflowExecution.Tasks?.[0]) forged.WorkflowExecution.Tasks[0].State = 'Failed';
  delete forged.WorkflowExecution.WorkflowId;
  const r = await s.post(JSON.stringify(forged));
  console.log('WF', r.status, JSON.stringify(r.body).slice(0, 200), (s.deliveries[0]?.event as any)?.WorkflowExecution?.WorkflowName);
});
