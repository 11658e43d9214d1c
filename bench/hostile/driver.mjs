// One hostile shape in one format, measured in a process of its own:
//   node --max-old-space-size=128 --expose-gc bench/hostile/driver.mjs <core bundle> <shape> <xml|json> <bytes> [strict|lenient]
// prints one JSON line. `lenient` measures parseCallbackLenient (the receiver's default reading),
// whose outcome is an event with deviations when the identity holds. The bundle is @wanxiang/core's src/index.ts bundled by esbuild (see
// bundle.mjs), so the sources are measured, not a stale dist.
//
// Memory: both bodies are built and every code path warmed first; then gc() twice and the
// baseline is V8's used heap plus external memory. The parse runs under v8.GCProfiler, which
// records the heap before and after every GC during the call (a parse is synchronous, so no
// timer on this thread could sample it). "peakHeap" is the highest used heap seen — just before
// each GC, and at the end with the outcome still referenced — minus the baseline: what the
// process really held, garbage not yet collected included (so it depends on the young
// generation's size, up to 16 MB per semi-space on 64-bit Node). "peakRss" is sampled by a
// worker thread every ~0.5 ms during the call, minus the RSS just before: whole-process and
// page-granular, for context. The worst of three calls is kept.
//
// Time: the hostile and the benign body (the same size) are parsed alternately, five times
// each after the warm-up, and the fastest of each is kept; the ratio is hostile ÷ benign.
import v8 from 'node:v8';
import { rssSampler } from '../rss-sampler.mjs';
import { fastestTimes, warmUp } from './alternate-timing.mjs';
import { benign, shapes } from './shapes.mjs';

const [bundle, shapeId, format, bytesArg, reading = 'strict'] = process.argv.slice(2);
const { safeParseCallback, parseCallbackLenient } = await import(bundle);
const size = Number(bytesArg);
const shape = shapes.find((s) => s.id === shapeId);
if (!shape) throw new Error(`no shape ${shapeId}`);
const hostileBody = shape[format](size);
const benignBody = benign(format, size);
const options = { contentType: format === 'xml' ? 'application/xml' : 'application/json' };
const lenient = (body) => {
  try {
    const { event, deviations } = parseCallbackLenient(body, options);
    return { success: true, event, deviations };
  } catch (error) {
    return { success: false, error };
  }
};
const parse = reading === 'lenient' ? lenient : (body) => safeParseCallback(body, options);

const used = (s) => s.usedHeapSize + s.externalMemory;
const usedNow = () => {
  const s = v8.getHeapStatistics();
  return s.used_heap_size + s.external_memory;
};

function measureMemory(sampler) {
  globalThis.gc();
  globalThis.gc();
  const baseline = usedNow();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const rssBefore = process.memoryUsage.rss();
  sampler.start();
  const outcome = parse(hostileBody);
  const rssPeak = sampler.stop();
  let peak = usedNow();
  for (const gc of profiler.stop().statistics) peak = Math.max(peak, used(gc.beforeGC.heapStatistics));
  // Only a summary is kept: three events of a large body held at once would measure the driver.
  return { summary: summarize(outcome), peakHeap: peak - baseline, peakRss: rssPeak - rssBefore };
}

function summarize(outcome) {
  const error = outcome.success ? undefined : outcome.error;
  if (error === undefined) {
    const deviations = outcome.deviations;
    if (deviations === undefined) return { outcome: 'event', longestText: 0, answerBytes: 0 };
    // What a flagged delivery carries about them (the values are raw body text, bounded by the body itself).
    const longestText = Math.max(0, ...deviations.issues.flatMap((issue) => [issue.path.length, issue.message.length]), ...deviations.values.map((value) => value.path.length));
    return { outcome: 'deviations', issues: deviations.issues.length, issueCount: deviations.issueCount, longestText, answerBytes: JSON.stringify({ ok: true, deviations: deviations.count }).length };
  }
  return {
    outcome: error.code,
    typedError: error.name === 'CallbackError' && typeof error.code === 'string' && Array.isArray(error.issues),
    issues: error.issues.length,
    issueCount: error.issueCount,
    longestText: Math.max(error.message.length, ...error.issues.flatMap((issue) => [issue.path.length, issue.message.length])),
    // What the receiver answers: errorResponse serialises exactly these three.
    answerBytes: JSON.stringify({ code: error.code, message: error.message, issues: error.issues }).length,
  };
}

// Warm-up: every path of both bodies compiled before anything is measured.
warmUp(parse, hostileBody, benignBody);
const sampler = rssSampler();
await sampler.ready;
const runs = [measureMemory(sampler), measureMemory(sampler), measureMemory(sampler)];
await sampler.close();
const { hostileMs, benignMs } = fastestTimes(parse, hostileBody, benignBody);
process.stdout.write(
  `${JSON.stringify({
    shape: shapeId,
    format,
    bytes: hostileBody.length,
    benignBytes: benignBody.length,
    benignValid: parse(benignBody).success,
    ...runs[0].summary,
    peakHeap: Math.max(...runs.map((r) => r.peakHeap)),
    peakRss: Math.max(...runs.map((r) => r.peakRss)),
    hostileMs,
    benignMs,
  })}\n`,
);
