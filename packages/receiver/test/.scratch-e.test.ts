import { it } from 'vitest';
import { createReceiver, signEcho } from '../src/index.js';
const TOKEN = 'confirm-test-token-0123456789';
const SECRET = 'echo-secret-0123456789abcdef';
it('echo shapes', async () => {
  const receiver = createReceiver({ tokens: [TOKEN], forwarder: { send: async () => {} }, echo: { secrets: [SECRET] }, logger: false });
  const post = async (body: object, headers: Record<string, string> = {}) => { const r = await receiver.fetch(new Request(`https://h/ci/${TOKEN}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })); return `${r.status} ${(await r.text()).slice(0, 200)}`; };
  const good = await signEcho(SECRET, 'x', { field: 'CosMeta' });
  console.log('E1', await post({ EventName: 'WorkflowFinish', WorkflowExecution: { RunId: 'i1', CosHeaders: 'x' } }));
  console.log('E2', await post({ EventName: 'WorkflowFinish', WorkflowExecution: { RunId: 'i1', CosHeaders: [null, { Key: 'x-cos-meta-ci-echo', Value: good }] } }));
  console.log('E3', await post({ EventName: 'WorkflowFinish', WorkflowExecution: { RunId: 'i1', CosHeaders: [{ Key: 'X-Cos-Meta-Ci-Echo', Value: good }, { Key: 'x-cos-meta-ci-echo', Value: ['bad'] }] } }));
  console.log('E4', await post({ EventName: 'TaskFinish', JobsDetail: [{ JobId: 'j1', Code: 'Success', Message: '', Operation: 'x' }] }));
  const bound = await signEcho(SECRET, 'x', { field: 'UserData' });
  console.log('E5', await post({ EventName: 'ReviewImage', JobsDetail: { JobId: 'j1', State: 'Success', DataId: ['x'], CosHeaders: { 'x-cos-meta-ci-echo': good } } }));
  console.log('E6', await post({ EventName: 'ReviewImage', JobsDetail: { JobId: 'j1', State: 'Success', DataId: 5, CosHeaders: { 'x-cos-meta-ci-echo': good } } }));
});
