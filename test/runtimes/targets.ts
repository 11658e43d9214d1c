// The runtimes of the matrix, each serving test/runtimes/contract-receiver.mjs with the one-liner
// its users write (entries/*), started on a free loopback port and stopped after the suite.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { workerBundleOptions } from '../../scripts/worker-bundle.mjs';
import { wranglerConfig } from '../worker/harness.js';
import { contractReceiver } from './contract-receiver.mjs';
import { httpTransport, inProcessTransport, type Transport } from './transport.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const here = join(repoRoot, 'test/runtimes');
const bin = (name: string) => join(repoRoot, 'node_modules/.bin', name);

/** What every served receiver is configured with. */
export interface Settings {
  WANXIANG_TOKEN: string;
  SINK_URL: string;
  MAX_BYTES: string;
  BODY_TIMEOUT_MS: string;
}

export interface Target {
  transport: Transport;
  stop(): Promise<void>;
}

export type StartTarget = (settings: Settings) => Promise<Target>;

/** `receiver.fetch(request)` in this process, as a test or a framework without a context calls it. */
export const inProcess: StartTarget = async (settings) => {
  const receiver = contractReceiver((name: string) => settings[name as keyof Settings]);
  return { transport: inProcessTransport('http://receiver.test', (request) => receiver.fetch(request)), stop: async () => {} };
};

/** The Workers signature in this process: `fetch(request, env, ctx)` with a `waitUntil` that is awaited later. */
export const inProcessWorkersSignature: StartTarget = async (settings) => {
  const receiver = contractReceiver((name: string) => settings[name as keyof Settings]);
  const { fetch } = receiver; // detached, as `export default { fetch: receiver.fetch }` hands it over
  const pending: Promise<unknown>[] = [];
  const ctx = { waitUntil: (promise: Promise<unknown>) => void pending.push(promise), passThroughOnException() {} };
  return {
    transport: inProcessTransport('http://receiver.test', (request) => fetch(request, { ...settings }, ctx)),
    stop: async () => void (await Promise.all(pending)),
  };
};

/** workerd (Miniflare): `export default { fetch: receiver.fetch }`, bundled from the built package as wrangler would. */
export const workerd: StartTarget = async (settings) => {
  const bundled = await build(workerBundleOptions({ entryPoints: [join(here, 'entries/worker.ts')] }));
  const mf = new Miniflare({
    modules: true,
    script: bundled.outputFiles[0]!.text,
    compatibilityDate: wranglerConfig().compatibility_date,
    bindings: { ...settings },
    host: '127.0.0.1',
    port: 0,
  });
  const url = await mf.ready;
  return { transport: httpTransport(url.href), stop: () => mf.dispose() };
};

/** A child process that prints the address it listens on. */
function served(command: string, args: string[], extraEnv: Record<string, string> = {}): StartTarget {
  return (settings) =>
    new Promise((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: here,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...settings, ...extraEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`${command} did not start listening within 60 s:\n${output}`));
      }, 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = /listening on (http:\/\/[^\s/]+)/i.exec(output);
        if (!match) return;
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        resolve({
          transport: httpTransport(match[1]!.replace('localhost', '127.0.0.1')),
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${command} exited (${code}) before listening:\n${output}`));
      });
    });
}

const denoPermissions = ['--no-prompt', '--allow-net=127.0.0.1', '--allow-env=WANXIANG_TOKEN,SINK_URL,MAX_BYTES,BODY_TIMEOUT_MS'];

/** The real `deno` binary: `Deno.serve(receiver.fetch)`. */
export const denoServe = served(bin('deno'), ['run', ...denoPermissions, 'entries/deno-serve.ts'], {
  DENO_SERVE_ADDRESS: 'tcp:127.0.0.1:0',
});

/** The real `deno` binary: `deno serve` of `export default { fetch: receiver.fetch }`. */
export const denoServeDefault = served(bin('deno'), ['serve', ...denoPermissions, '--host', '127.0.0.1', '--port', '0', 'entries/deno-serve-default.ts']);

/** The real `bun` binary: `Bun.serve({ fetch: receiver.fetch })`. */
export const bunServe = served(bin('bun'), ['entries/bun-serve.ts'], { PORT: '0' });

/** Node.js: `http.createServer(createNodeHandler(receiver))`. */
export const nodeHttp = served(process.execPath, ['entries/node-http.mjs']);

/** Node.js: Express 5 with `app.all('/ci/:token', createNodeHandler(receiver))`. */
export const express = served(process.execPath, ['entries/express.mjs']);
