// The receiver contract (test/runtimes/contract.ts) on every runtime it is documented for, each
// serving it the way its users would: in this process, workerd, Deno.serve and `deno serve`,
// Bun.serve, node:http and Express through @wanxiang/receiver/node.
import { describeContract } from './runtimes/contract.js';
import { bunServe, denoServe, denoServeDefault, express, inProcess, inProcessWorkersSignature, nodeHttp, workerd } from './runtimes/targets.js';

describeContract('in-process fetch(request)', inProcess);
describeContract('in-process fetch(request, env, ctx)', inProcessWorkersSignature);
describeContract('workerd (Miniflare): export default { fetch: receiver.fetch }', workerd);
describeContract('Deno: Deno.serve(receiver.fetch)', denoServe);
describeContract('Deno: deno serve, export default { fetch: receiver.fetch }', denoServeDefault);
describeContract('Bun: Bun.serve({ fetch: receiver.fetch })', bunServe);
describeContract('Node: http.createServer(createNodeHandler(receiver))', nodeHttp);
describeContract("Node: Express app.use('/ci', createNodeHandler(receiver))", express);
