// Peak extra memory of one parse of the large body, each method in its own fresh child process
// (so no method inherits another's heap growth or GC tuning).
//
// Method. In the child (started with --expose-gc), the body string is built and every library
// loaded first; then gc() and the baseline is read: V8 used heap + external memory. The parse
// runs under v8.GCProfiler, which records the heap statistics before and after every GC that
// happens during the call (a parse is synchronous, so a timer could not sample it; GC events can).
//   - "peak heap" (default GC settings): the highest used heap seen during the call — the value
//     just before each GC, and at the end of the call (result still referenced) — minus the
//     baseline. This is what the process really held, including garbage not yet collected, so
//     it depends on the young generation's size (up to 16 MB per semi-space on 64-bit Node 20).
//   - "peak live" (second child, --gc-global --max-semi-space-size=1: every GC is a full
//     mark-compact, about one per MB allocated): the highest used heap right after a GC, and
//     after a final GC with the result still referenced, minus the baseline. This is the memory
//     the parse cannot do without at its worst moment, to within ~1 MB.
//   - "peak RSS": a worker thread samples process.memoryUsage.rss() every ~0.5 ms during the
//     call; highest sample minus the RSS just before. Whole-process, page-granular, for context.
// The first (cold) call and the worst of 3 warm calls (after 2 warm-up calls) are both kept.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { rssSampler } from './rss-sampler.mjs';

const self = fileURLToPath(import.meta.url);

const used = (s) => s.usedHeapSize + s.externalMemory;
const usedNow = () => {
  const s = v8.getHeapStatistics();
  return s.used_heap_size + s.external_memory;
};

/** Runs in the child: measures `methodId` on the large body and prints one JSON line. */
async function child(methodId, mode) {
  const { loadBodies } = await import('./bodies.mjs');
  const { methodById } = await import('./methods.mjs');
  const method = methodById[methodId];
  const body = loadBodies().find((b) => b.large);
  const text = body[method.format];
  const sampler = rssSampler();
  await sampler.ready;

  const once = async () => {
    globalThis.gc();
    globalThis.gc();
    const baseline = usedNow();
    const profiler = new v8.GCProfiler();
    profiler.start();
    const rssBefore = process.memoryUsage.rss();
    sampler.start();
    let result = method.fn(text);
    if (method.async) result = await result;
    const rssPeak = sampler.stop();
    const atEnd = usedNow();
    const { statistics } = profiler.stop();
    let peakBefore = atEnd;
    let peakAfter = 0;
    for (const gc of statistics) {
      peakBefore = Math.max(peakBefore, used(gc.beforeGC.heapStatistics));
      peakAfter = Math.max(peakAfter, used(gc.afterGC.heapStatistics));
    }
    globalThis.gc();
    const retained = usedNow() - baseline; // the result, still referenced below
    peakAfter = Math.max(peakAfter, retained + baseline);
    if (result === undefined) throw new Error('no result');
    return {
      peakHeap: peakBefore - baseline,
      peakLive: peakAfter - baseline,
      retained,
      rss: rssPeak - rssBefore,
      gcs: statistics.length,
    };
  };

  const cold = await once();
  await once();
  await once();
  const warm = [await once(), await once(), await once()];
  await sampler.close();
  const worst = (key) => Math.max(...warm.map((r) => r[key]));
  const out = {
    methodId,
    mode,
    bytes: Buffer.byteLength(text),
    cold,
    warm: { peakHeap: worst('peakHeap'), peakLive: worst('peakLive'), retained: worst('retained'), rss: worst('rss'), gcs: worst('gcs') },
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function runChild(methodId, mode) {
  const flags = ['--expose-gc'];
  if (mode === 'live') flags.push('--gc-global', '--max-semi-space-size=1');
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...flags, self, '--child', methodId, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
    proc.on('error', reject);
    proc.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1))) : reject(new Error(`memory child ${methodId}/${mode} exited ${code}`))));
  });
}

/**
 * Measures every method in `methodIds` with default GC settings, and those in `liveIds` also
 * under forced full GCs (slow for the allocation-heavy parsers: fast-xml-parser takes ~50 s
 * there, so the comparison methods get the default-settings figure only). One fresh child
 * process per measurement.
 */
export async function measureMemory(methodIds, liveIds = [], log = () => {}) {
  const results = [];
  for (const methodId of methodIds) {
    const heap = await runChild(methodId, 'default');
    const live = liveIds.includes(methodId) ? await runChild(methodId, 'live') : null;
    results.push({
      methodId,
      bytes: heap.bytes,
      peakHeap: heap.warm.peakHeap,
      peakHeapCold: heap.cold.peakHeap,
      peakLive: live?.warm.peakLive ?? null,
      peakLiveCold: live?.cold.peakLive ?? null,
      retained: live?.warm.retained ?? null,
      rss: heap.warm.rss,
      rssCold: heap.cold.rss,
      gcsDuringCall: heap.warm.gcs,
    });
    log(`memory: ${methodId} done`);
  }
  return results;
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
