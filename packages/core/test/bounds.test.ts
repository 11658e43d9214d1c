// The bounds on a hostile body near the default maxBytes (4 MiB), every shape in both formats,
// each in a fresh `node --max-old-space-size=128 --expose-gc` process running the sources
// bundled by esbuild (bench/hostile/driver.mjs says what is measured and how):
//   - no crash, and a typed CallbackError (or a valid event);
//   - at most MAX_ISSUES issues, every message and path within MAX_MESSAGE_LENGTH, so the
//     receiver's answer stays small;
//   - peak V8 heap above the baseline ≤ 10× the body;
//   - time ≤ 3× a benign body of the same size (a real Transcode callback padded with copies of
//     its own job), measured alternately in the same process; for the shapes listed in
//     `overTime`, the platform's own parser's ratio instead (see there).
// `node bench/hostile.mjs` prints the same figures.

import { MAX_ISSUES, MAX_MESSAGE_LENGTH } from '@wanxiang/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain .mjs helpers shared with bench/hostile.mjs, without declarations
import { bundleCore, runReference, runShape } from '../../../bench/hostile/run.mjs';
// @ts-expect-error -- idem
import { shapes } from '../../../bench/hostile/shapes.mjs';

const MEMORY_BOUND = 10;
const TIME_BOUND = 3;
/** Run-to-run spread of a time ratio on a loaded 2-core machine (±30% measured). */
const REFERENCE_SLACK = 1.25;
/** What a case listed in `overTime` must stay within whatever its reference does. */
const OVER_TIME_CEILING = 10;

/**
 * Shapes on which 3× a benign body cannot be had by any reader that builds the tree: the
 * platform's own parser, which checks nothing, is itself over 3× on them (V8's JSON.parse for
 * JSON, txml for XML; bench/hostile/reference.mjs, same bodies, fastest of five, 2026-12-02):
 *   wrong-jobs json 3.4–3.6× (ours 3.0–3.1×), wrong-streams json 4.1× (ours 3.3–3.6×),
 *   many-keys json 5.6× (ours 2.4–3.3×), tiny-objects json 5.8–6.4× (ours 4.5×),
 *   wrong-jobs xml 3.4× (ours 2.0×), wrong-streams xml 3.4× (ours 2.3×),
 *   many-keys xml 4.8–5.4× (ours 2.0×), deep-repeated xml 6.2–9.0× (ours 1.6–2.6×).
 * The benign body is mostly long strings, which every reader scans fast; these are half a
 * million small objects or 1,000-key jobs in 4 MiB, and an object costs V8 ~0.2 µs to make and
 * collect even in JSON.parse. Each is held to max(3×, the reference's ratio × REFERENCE_SLACK),
 * measured in the same test, and to OVER_TIME_CEILING; every other check (memory included) is
 * the same as for any shape. Only shapes whose reference is over 3× belong here (the
 * printed figures show it; not asserted, as a ratio near 3× flips with the load).
 */
const overTime = new Set([
  'wrong-jobs/xml',
  'wrong-jobs/json',
  'wrong-streams/xml',
  'wrong-streams/json',
  'many-keys/xml',
  'many-keys/json',
  'tiny-objects/json',
  'deep-repeated/xml',
  // wrong-jobs and wrong-streams with their ids, for the lenient reading below: the same strict work.
  'identified-wrong-jobs/xml',
  'identified-wrong-jobs/json',
  'identified-wrong-items/xml',
  'identified-wrong-items/json',
]);

/**
 * The lenient reading (`parseCallbackLenient`, the receiver's default) on the same bodies: every
 * check as above, memory held to the same 10× but for the shapes listed here, where 50,000 to
 * 300,000 values are moved out of an identified event. It reads the body twice (the values moved
 * out are taken from a tree nothing has coerced), and the first tree is still uncollected
 * garbage while the second is walked: 10.1–10.4× and 13.0× measured (bench/hostile/driver.mjs
 * … lenient, 2026-12-03; `delete` versus setting undefined made no difference). Held to
 * LENIENT_MEMORY_CEILING until the lenient reading needs one tree. Time is printed and held to
 * LENIENT_TIME_CEILING (≤ 5× on most shapes; 4.4–9.8× on the identified shapes): open, with issue 11.
 */
const lenientOverMemory = new Set(['identified-wrong-jobs/json', 'identified-wrong-items/xml', 'identified-wrong-items/json']);
const LENIENT_MEMORY_CEILING = 16;
/** Measurements of a time ratio before a miss counts (see the check). */
const TIME_ATTEMPTS = 3;
const LENIENT_TIME_CEILING = 15;

let bundle: { url: string; dispose: () => void };
beforeAll(async () => {
  bundle = await bundleCore();
}, 60_000);
afterAll(() => bundle?.dispose());

describe.sequential('bounds on hostile bodies near 4 MiB', () => {
  for (const shape of shapes as { id: string; what: string }[]) {
    for (const format of ['xml', 'json'] as const) {
      const id = `${shape.id}/${format}`;
      const slow = overTime.has(id);
      const check = async () => {
        const r = await runShape(bundle.url, shape.id, format);
        expect(r.crashed, `${id} crashed: ${r.stderr}`).toBeFalsy();
        expect(r.benignValid).toBe(true);
        expect(r.bytes).toBeGreaterThan(4 * 1024 * 1024 - 1024);
        if (r.outcome !== 'event') {
          expect(r.typedError).toBe(true);
          expect(r.issues).toBeLessThanOrEqual(MAX_ISSUES);
          expect(r.issueCount).toBeGreaterThanOrEqual(r.issues);
          expect(r.longestText).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
          expect(r.answerBytes).toBeLessThan(MAX_ISSUES * 2 * MAX_MESSAGE_LENGTH + 2 * MAX_MESSAGE_LENGTH);
        }
        const memory = r.peakHeap / r.bytes;
        expect(memory, `${id}: heap ${memory.toFixed(1)}× body`).toBeLessThanOrEqual(MEMORY_BOUND);
        // A timing ratio only errs upward (another process takes the CPU), so a miss is measured
        // again, at most TIME_ATTEMPTS times in all: a real regression misses every time.
        const misses: string[] = [];
        let run = r;
        for (let attempt = 1; ; attempt++) {
          const time = run.hostileMs / run.benignMs;
          let figures = `${id}: heap ${memory.toFixed(1)}× body, time ${time.toFixed(2)}× benign (${run.hostileMs.toFixed(0)} / ${run.benignMs.toFixed(0)} ms)`;
          let bound = TIME_BOUND;
          if (slow) {
            const ref = await runReference(shape.id, format);
            expect(ref.crashed, `${id} reference crashed: ${ref.stderr}`).toBeFalsy();
            const reference = ref.hostileMs / ref.benignMs;
            bound = Math.min(OVER_TIME_CEILING, Math.max(TIME_BOUND, reference * REFERENCE_SLACK));
            figures += `; ${ref.reference} ${reference.toFixed(2)}× on the same bodies, bound ${bound.toFixed(2)}×`;
          }
          console.log(figures);
          if (time <= bound) return;
          misses.push(figures);
          if (attempt === TIME_ATTEMPTS) break;
          run = await runShape(bundle.url, shape.id, format);
        }
        expect.fail(`over the time bound in each of ${TIME_ATTEMPTS} measurements:\n${misses.join('\n')}`);
      };
      it(`${id}${slow ? ' (time held to the reference parser)' : ''}: ${shape.what}`, check, 240_000);
    }
  }
});

describe.sequential('bounds of the lenient reading on the same bodies', () => {
  for (const shape of shapes as { id: string; what: string }[]) {
    for (const format of ['xml', 'json'] as const) {
      const id = `${shape.id}/${format}`;
      const over = lenientOverMemory.has(id);
      it(`${id} lenient${over ? ' (memory held to its ceiling)' : ''}`, async () => {
        const r = await runShape(bundle.url, shape.id, format, undefined, 'lenient');
        expect(r.crashed, `${id} crashed: ${r.stderr}`).toBeFalsy();
        if (r.outcome === 'deviations') {
          expect(r.issues).toBeLessThanOrEqual(MAX_ISSUES);
          expect(r.issueCount).toBeGreaterThanOrEqual(r.issues);
          expect(r.longestText).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
          expect(r.answerBytes).toBeLessThan(100);
        } else if (r.outcome !== 'event') {
          expect(r.typedError).toBe(true);
          expect(r.issues).toBeLessThanOrEqual(MAX_ISSUES);
          expect(r.longestText).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
        }
        const memory = r.peakHeap / r.bytes;
        const time = r.hostileMs / r.benignMs;
        const figures = `${id} lenient (${r.outcome}): heap ${memory.toFixed(1)}× body, time ${time.toFixed(2)}× benign (${r.hostileMs.toFixed(0)} / ${r.benignMs.toFixed(0)} ms)`;
        console.log(figures);
        expect(memory, figures).toBeLessThanOrEqual(over ? LENIENT_MEMORY_CEILING : MEMORY_BOUND);
        // Measured again on a miss, as the strict reading's time is (TIME_ATTEMPTS in all).
        const times = [time];
        while (times.at(-1)! > LENIENT_TIME_CEILING && times.length < TIME_ATTEMPTS) {
          const again = await runShape(bundle.url, shape.id, format, undefined, 'lenient');
          times.push(again.hostileMs / again.benignMs);
        }
        expect(Math.min(...times), `${figures}; measured ${times.map((t) => t.toFixed(2)).join(', ')}×`).toBeLessThanOrEqual(LENIENT_TIME_CEILING);
      }, 240_000);
    }
  }
});
