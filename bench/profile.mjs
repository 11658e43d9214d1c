// CPU profile of parseCallback in a loop over one body: the same V8 sampling profiler as
// `node --cpu-prof` (driven through node:inspector so it can run from the benchmark), summarized
// as the top self-time functions and files. The raw profile is written to bench/profiles/ for
// Chrome DevTools (Performance → Load profile).
//
//   node bench/profile.mjs <body-id> <xml|json|receiver|worker|bare> [seconds]    e.g. node bench/profile.mjs sr-2.6M xml 3
//   (worker, bare: the receiver Worker, or the bare one, in workerd under autocannon; see profileWorker)
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function where(frame) {
  let url = frame.url;
  if (url.startsWith('file://')) url = relative(repoRoot, fileURLToPath(url));
  return url === '' ? '(native)' : `${url}:${frame.lineNumber + 1}`;
}

/** Self time per function and per file, in ms, highest first. */
export function summarizeProfile(profile, top = 15) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    self.set(node, (self.get(node) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fns = new Map();
  const files = new Map();
  for (const [node, ms] of self) {
    const frame = node.callFrame;
    const fn = `${frame.functionName || '(anonymous)'}  ${where(frame)}`;
    fns.set(fn, (fns.get(fn) ?? 0) + ms);
    const file = frame.url ? where(frame).replace(/:\d+$/, '') : frame.functionName || '(native)';
    files.set(file, (files.get(file) ?? 0) + ms);
  }
  const rank = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: ms / total }));
  return { totalMs: total, functions: rank(fns), files: rank(files) };
}

/** Profiles `seconds` of calls to `fn` (awaited when `isAsync`) after a warm-up; writes the .cpuprofile. */
async function profileLoop(fn, isAsync, seconds, tag) {
  let sink;
  const warmEnd = performance.now() + 500;
  while (performance.now() < warmEnd) sink = isAsync ? await fn() : fn();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const end = performance.now() + seconds * 1000;
  let calls = 0;
  while (performance.now() < end) {
    sink = isAsync ? await fn() : fn();
    calls++;
  }
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  if (sink === undefined) throw new Error('no result');
  const dir = fileURLToPath(new URL('profiles/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}${tag}.cpuprofile`;
  writeFileSync(file, JSON.stringify(profile));
  return { calls, file: relative(repoRoot, file), ...summarizeProfile(profile) };
}

/** Profiles `seconds` of parseCallback on `text`. */
export async function profileParse(text, format, seconds = 3, tag = 'profile') {
  const { parseCallback } = await import('@wanxiang/core');
  const options = { contentType: format === 'json' ? 'application/json' : 'application/xml' };
  return profileLoop(() => parseCallback(text, options), false, seconds, tag);
}

/**
 * Profiles `seconds` of the receiver (no-op forwarder, as in the throughput Worker) answering a
 * POST of `text`, in Node: the same JavaScript as in workerd, but Node's Request/Response
 * (undici) and WebCrypto stand in for workerd's, so only the package's own rows carry over.
 */
export async function profileReceiver(text, seconds = 3, tag = 'receiver') {
  const { createReceiver } = await import('@wanxiang/receiver');
  const token = 'bench-token-0123456789abcdef';
  const receiver = createReceiver({ tokens: [token], forwarder: { send: async () => {} }, logger: false });
  const call = async () => {
    const response = await receiver.fetch(new Request(`http://127.0.0.1/ci/${token}`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: text }));
    if (response.status !== 200) throw new Error(`receiver answered ${response.status}`);
    return response.text();
  };
  return profileLoop(call, true, seconds, tag);
}

/**
 * Profiles `seconds` of the receiver Worker (workers/receiver.mjs, or `entry`) in workerd while
 * autocannon loads it, as throughput.mjs does: Miniflare opens workerd's inspector, which speaks
 * the DevTools protocol, and the profile comes back over a WebSocket. This is the profile that
 * tells what the Worker ratio is made of; workerd's own Request, streams and WebCrypto show up
 * as the JavaScript functions that call them (self time).
 */
export async function profileWorker(text, seconds = 5, tag = 'worker', entry = 'workers/receiver.mjs') {
  const [{ Miniflare }, { default: WebSocket }, { bundle, compatibilityDate, load }] = await Promise.all([import('miniflare'), import('ws'), import('./throughput.mjs')]);
  const token = 'bench-token-0123456789abcdef';
  const inspectorPort = 9300 + Math.floor(Math.random() * 600);
  const mf = new Miniflare({
    modules: [{ type: 'ESModule', path: 'worker.mjs', contents: await bundle(entry) }],
    compatibilityDate: compatibilityDate(),
    bindings: { CI_TOKENS: token, BODY: text },
    host: '127.0.0.1',
    port: 0,
    inspectorPort,
  });
  let socket;
  try {
    const url = new URL(`/ci/${token}`, await mf.ready).href;
    const check = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: text });
    if (check.status !== 200) throw new Error(`${entry} answered ${check.status}: ${await check.text()}`);
    const targets = await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json();
    const target = targets.find((t) => t.title === 'workerd: worker core:user:') ?? targets[0];
    socket = new WebSocket(target.webSocketDebuggerUrl);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    let next = 0;
    const waiting = new Map();
    socket.on('message', (data) => {
      const message = JSON.parse(data);
      waiting.get(message.id)?.(message);
      waiting.delete(message.id);
    });
    const post = (method, params = {}) =>
      new Promise((resolve) => {
        waiting.set(++next, resolve);
        socket.send(JSON.stringify({ id: next, method, params }));
      });
    const options = { connections: 32, maxRequests: 500_000 };
    await load(url, text, 'application/xml', 1, options);
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 100 });
    await post('Profiler.start');
    const result = await load(url, text, 'application/xml', seconds, options);
    const {
      result: { profile },
    } = await post('Profiler.stop');
    const dir = fileURLToPath(new URL('profiles/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    const file = `${dir}${tag}.cpuprofile`;
    writeFileSync(file, JSON.stringify(profile));
    return { calls: result.requests.total, rps: result.requests.average, file: relative(repoRoot, file), ...summarizeProfile(profile, 25) };
  } finally {
    socket?.close();
    await mf.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [id = 'sr-9k', format = 'xml', seconds = '3'] = process.argv.slice(2);
  const { loadBodies } = await import('./bodies.mjs');
  const body = loadBodies().find((b) => b.id === id);
  const ofXml = format === 'receiver' || format === 'worker' || format === 'bare';
  if (!body?.[ofXml ? 'xml' : format])
    throw new Error(
      `no ${format} body ${id}; ids: ${loadBodies()
        .map((b) => b.id)
        .join(', ')}`,
    );
  const result =
    format === 'receiver'
      ? await profileReceiver(body.xml, Number(seconds), `${id}-receiver`)
      : format === 'worker' || format === 'bare'
        ? await profileWorker(body.xml, Number(seconds), `${id}-${format}`, format === 'bare' ? 'workers/bare.mjs' : 'workers/receiver.mjs')
        : await profileParse(body[format], format, Number(seconds), `${id}-${format}`);
  console.log(`${result.calls} calls in ${seconds} s on ${id} (${format})${result.rps ? `, ${Math.round(result.rps)} req/s` : ''}; profile: ${result.file}`);
  for (const f of result.functions) console.log(`${(f.share * 100).toFixed(1).padStart(5)}%  ${f.ms.toFixed(0).padStart(6)} ms  ${f.name}`);
  console.log('by file:');
  for (const f of result.files) console.log(`${(f.share * 100).toFixed(1).padStart(5)}%  ${f.ms.toFixed(0).padStart(6)} ms  ${f.name}`);
}
