import { parseCallbackLenient } from '@wanxiang/core';
import { it } from 'vitest';
import { createCiClient, createCiConfirm } from '../src/index.js';
const B = 'examplebucket-1250000000';
const R = 'ap-guangzhou';
const mk = (answer: (u: string) => Response) => { const urls: string[] = []; return { urls, confirm: createCiConfirm({ client: createCiClient({ credentials: { secretId: 'AKIDx', secretKey: 'sk' }, fetch: async (u) => { urls.push(u); return answer(u); }, timeoutMs: 500 }), buckets: { [B]: R } }) }; };
const xml = (s: string) => new Response(`<Response>${s}</Response>`, { status: 200, headers: { 'content-type': 'application/xml' } });
it('wf bucket array', async () => {
  const { event, deviations } = parseCallbackLenient(JSON.stringify({ EventName: 'WorkflowFinish', WorkflowExecution: { RunId: 'i1', BucketId: [B], CosHeaders: [] } }), { contentType: 'application/json' });
  console.log('EV', JSON.stringify(event), JSON.stringify(deviations));
  const { confirm, urls } = mk(() => xml('<WorkflowExecution><RunId>i1</RunId></WorkflowExecution>'));
  try { console.log('R', JSON.stringify(await confirm(event))); } catch (e: any) { console.log('THROWN', e?.name, e?.message); }
  console.log(urls);
});
it('proto', async () => {
  const { confirm } = mk(() => xml(`<JobsDetail><__proto__><State>x</State></__proto__><JobId>j1</JobId><Code>Success</Code><Message/></JobsDetail>`));
  const { event } = parseCallbackLenient(JSON.stringify({ EventName: 'TaskFinish', JobsDetail: [{ JobId: 'j1', Code: 'Success', Message: '' }] }), { contentType: 'application/json' });
  try { console.log('R', JSON.stringify(await confirm(event))); } catch (e: any) { console.log('THROWN', e?.name, e?.message); }
});
