// Receiver throughput: the real receiver (no-op forwarder) and a bare Worker that only answers
// 200, each bundled with esbuild like wrangler does and run in Miniflare (workerd) on
// 127.0.0.1, loaded by autocannon from this process, alternately (bare, receiver, …) so both
// see the same machine state. Bounded: fixed duration and a cap on the request count.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { workerBundleOptions } from '../scripts/worker-bundle.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const TOKEN = 'bench-token-0123456789abcdef';

export const WORKERS = [
  { id: 'bare', label: 'bare Worker (reads body, answers 200)', entry: 'workers/bare.mjs' },
  { id: 'receiver', label: 'receiver, no-op forwarder', entry: 'workers/receiver.mjs' },
  { id: 'confirmed', label: 'receiver + confirm (CI API double in the isolate)', entry: 'workers/confirmed.mjs' },
];

/** The compatibility date of the example's wrangler.jsonc (read without its // comments, strings kept intact). */
export function compatibilityDate() {
  const text = readFileSync(new URL('../examples/cloudflare-worker/wrangler.jsonc', import.meta.url), 'utf8');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') {
      const end = text.indexOf('"', i + 1);
      out += text.slice(i, end + 1);
      i = end;
    } else if (text[i] === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else out += text[i];
  }
  return JSON.parse(out).compatibility_date;
}

/** Bundles a Worker entry like the test harness (and wrangler) do, from the built packages. */
export async function bundle(entry) {
  const result = await build(workerBundleOptions({ entryPoints: [fileURLToPath(new URL(entry, import.meta.url))], absWorkingDir: repoRoot }));
  return result.outputFiles[0].text;
}

export function load(url, body, contentType, seconds, options) {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
    connections: options.connections,
    duration: seconds,
    maxOverallRequests: options.maxRequests,
    timeout: 10,
  });
}

/**
 * @returns `{ setup, runs: { [workerId]: [autocannon result summary] } }`
 */
export async function measureThroughput(body, options = {}) {
  const { connections = 32, seconds = 5, warmupSeconds = 1, repeats = 2, maxRequests = 500_000, contentType = 'application/xml', log = () => {} } = options;
  const date = compatibilityDate();
  const instances = [];
  try {
    for (const worker of WORKERS) {
      const script = await bundle(worker.entry);
      const mf = new Miniflare({
        modules: [{ type: 'ESModule', path: `${worker.id}.mjs`, contents: script }],
        compatibilityDate: date,
        bindings: { CI_TOKENS: TOKEN, BODY: body },
        host: '127.0.0.1',
        port: 0,
      });
      const base = await mf.ready;
      const url = new URL(`/ci/${TOKEN}`, base).href;
      // One request by hand: the receiver must accept the body, or the numbers mean nothing.
      const check = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
      const answer = await check.text();
      if (check.status !== 200) throw new Error(`${worker.id} answered ${check.status}: ${answer}`);
      instances.push({ worker, mf, url, bytes: script.length });
      await load(url, body, contentType, warmupSeconds, { connections, maxRequests });
    }
    const runs = Object.fromEntries(WORKERS.map((w) => [w.id, []]));
    for (let r = 0; r < repeats; r++) {
      for (const { worker, url } of instances) {
        const result = await load(url, body, contentType, seconds, { connections, maxRequests });
        runs[worker.id].push({
          rps: result.requests.average,
          total: result.requests.total,
          ok: result['2xx'],
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          p50: result.latency.p50,
          p99: result.latency.p99,
          seconds: result.duration,
        });
        log(`throughput: ${worker.id} run ${r + 1}/${repeats}: ${Math.round(result.requests.average)} req/s`);
      }
    }
    return {
      setup: {
        connections,
        seconds,
        repeats,
        maxRequests,
        warmupSeconds,
        bodyBytes: Buffer.byteLength(body),
        contentType,
        compatibilityDate: date,
        scriptBytes: Object.fromEntries(instances.map((i) => [i.worker.id, i.bytes])),
      },
      runs,
    };
  } finally {
    for (const { mf } of instances) await mf.dispose();
  }
}
