// The receiver contract (test/runtimes/contract.ts) on every runtime it is documented for, each
// serving it the way its users would: in this process, workerd, Deno.serve and `deno serve`,
// Bun.serve, node:http and Express through @wanxiang/receiver/node.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeContract } from './runtimes/contract.js';
import { bunServe, denoServe, denoServeDefault, express, inProcess, inProcessWorkersSignature, nodeHttp, repoRoot, workerd } from './runtimes/targets.js';

describeContract('in-process fetch(request)', inProcess);
describeContract('in-process fetch(request, env, ctx)', inProcessWorkersSignature);
describeContract('workerd (Miniflare): export default { fetch: receiver.fetch }', workerd);
describeContract('Deno: Deno.serve(receiver.fetch)', denoServe);
describeContract('Deno: deno serve, export default { fetch: receiver.fetch }', denoServeDefault);
describeContract('Bun: Bun.serve({ fetch: receiver.fetch })', bunServe);
describeContract('Node: http.createServer(createNodeHandler(receiver))', nodeHttp);
describeContract("Node: Express app.use('/ci', createNodeHandler(receiver))", express);

describe('the entries type-check in their own runtime', () => {
  const run = (command: string, args: string[], cwd = repoRoot) => {
    const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
  it('Deno: deno check of Deno.serve(receiver.fetch) and the deno serve default export', () => {
    const { status, output } = run(join(repoRoot, 'node_modules/.bin/deno'), ['check', 'entries/deno-serve.ts', 'entries/deno-serve-default.ts'], join(repoRoot, 'test/runtimes'));
    expect(status, output).toBe(0);
  });
  it('Bun: Bun.serve({ fetch: receiver.fetch }) against @types/bun', () => {
    const { status, output } = run(process.execPath, [tsc, '-p', 'test/runtimes/tsconfig.bun.json']);
    expect(status, output).toBe(0);
  });
  it('Workers: export default { fetch: receiver.fetch } satisfies ExportedHandler, against current workers-types', () => {
    const { status, output } = run(process.execPath, [tsc, '-p', 'test/runtimes/tsconfig.worker.json']);
    expect(status, output).toBe(0);
  });
});
