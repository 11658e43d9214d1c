// Interleaved timing: every round runs every method on every body of its group, so a slow
// moment of the machine (another process, CPU frequency, thermal) hits all methods alike, and
// ratios are taken per round (pairedRatio) before the median.
//
// Groups run one after the other (run.mjs: the small bodies; the large body; then parseCallback
// alone on the 9 KB and the large body, for the per-byte comparison): a large-body round leaves
// tens of MB of promoted garbage (txml's tree of the 2.5 MB body alone is ~36 MB, fast-xml-
// parser's ~45 MB) whose major GCs land on whatever runs next — measured: the 9 KB body timed
// in the large body's rounds ran 1.4× (parseCallback) to 4× (txml) slower than on its own.
//
// Per (body, method) case: warm up (the JIT has compiled the hot paths), calibrate once a batch
// size n so that one batch of n calls takes ≥ minBatchMs, then in each round time one batch and
// record its per-call time. The result is the median per-call time over the rounds.
//
// No gc() between batches (gcBetween: false, the default): measured with a forced full GC before
// every batch, every third-party parser ran 3–7× slower than in steady state (fast-xml-parser
// 365 µs instead of 55 µs on the 1 KB body; not bytecode flushing — --no-flush-bytecode did not
// change it; a forced GC also shrinks the young generation, so the next batch scavenges and
// promotes far more) while parseCallback barely moved: a distortion in parseCallback's favour. Steady state, with each method paying for the
// GCs its own garbage triggers (and, rarely, its neighbour's: the rotation spreads that evenly),
// is what a server running one of them sees.
import v8 from 'node:v8';
import vm from 'node:vm';

/** `gc()` even when node was not started with --expose-gc. */
export function exposeGc() {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc');
}

// biome-ignore lint/correctness/noUnusedVariables: whatever the methods return lands here, so no call can be optimized away
let sink;

async function batch(fn, text, n, isAsync) {
  const start = process.hrtime.bigint();
  if (isAsync) for (let i = 0; i < n; i++) sink = await fn(text);
  else for (let i = 0; i < n; i++) sink = fn(text);
  return Number(process.hrtime.bigint() - start);
}

/** Quantile of a sorted array (linear interpolation). */
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  return {
    median,
    min: sorted[0],
    max: sorted.at(-1),
    // Half the interquartile range relative to the median: "± this much" for a typical round.
    spread: (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / 2 / median,
    rounds: sorted.length,
  };
}

/**
 * Median over rounds of a[r] / b[r]: the ratio of two cases timed back to back in the same
 * rounds. Load that drifts on a scale longer than a round cancels out of it, which a ratio of
 * the two medians does not guarantee.
 */
export function pairedRatio(a, b) {
  if (!a || !b || a.samples.length !== b.samples.length) return NaN;
  return quantile(
    a.samples.map((x, r) => x / b.samples[r]).sort((x, y) => x - y),
    0.5,
  );
}

/**
 * @param groups   `[{ name, bodies, rounds, methods? }]`, measured one after the other; within a
 *                 group, every round times every method (or those listed) on every body, in a
 *                 rotated order.
 * @param methods  `{ id, format: 'xml' | 'json', async?, fn(text) }`
 * @returns `{ cases: [{ group, body, method, bytes, n, samples, ...summary }], seconds }`
 */
export async function measure(groups, methods, options = {}) {
  const { minBatchMs = 2, warmupMs = 150, gcBetween = false, log = () => {} } = options;
  const gc = gcBetween ? exposeGc() : () => {};
  const started = performance.now();

  const cases = [];
  for (const group of groups) {
    for (const body of group.bodies) {
      for (const method of methods) {
        if (group.methods && !group.methods.includes(method.id)) continue;
        const text = body[method.format];
        if (text === null || text === undefined) continue;
        cases.push({ group: group.name, body, method, text, bytes: Buffer.byteLength(text), n: 1, samples: [] });
      }
    }
  }

  for (const group of groups) {
    // Warm-up and calibration, once per case, right before the group's rounds: calibrating the
    // large body first (300 ms of txml building 36 MB trees) measurably slowed the small-body
    // rounds that followed.
    const groupCases = cases.filter((c) => c.group === group.name);
    for (const c of groupCases) {
      const { fn, async: isAsync = false } = c.method;
      const warmEnd = performance.now() + (c.body.large ? warmupMs * 2 : warmupMs);
      let calls = 0;
      do {
        await batch(fn, c.text, 1, isAsync);
        calls++;
      } while (performance.now() < warmEnd || calls < 3);
      let n = 1;
      for (;;) {
        gc();
        const ns = await batch(fn, c.text, n, isAsync);
        if (ns >= minBatchMs * 1e6) break;
        n = Math.max(n + 1, Math.ceil((n * minBatchMs * 1.2e6) / Math.max(ns, 1)));
      }
      c.n = n;
    }
    log(`${group.name}: calibrated ${groupCases.length} cases`);
    for (let round = 0; round < group.rounds; round++) {
      for (const body of group.bodies) {
        const bodyCases = cases.filter((c) => c.group === group.name && c.body === body);
        // Rotate the order each round so no method always runs right after the same neighbour.
        for (let k = 0; k < bodyCases.length; k++) {
          const c = bodyCases[(k + round) % bodyCases.length];
          gc();
          const ns = await batch(c.method.fn, c.text, c.n, c.method.async ?? false);
          c.samples.push(ns / c.n);
        }
      }
      if ((round + 1) % 25 === 0 || round + 1 === group.rounds) log(`${group.name}: round ${round + 1}/${group.rounds}`);
    }
  }
  sink = undefined;

  for (const c of cases) Object.assign(c, summarize(c.samples));
  return { cases, seconds: (performance.now() - started) / 1000 };
}
