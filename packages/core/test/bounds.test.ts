// The bounds on a hostile body near the default maxBytes (4 MiB), every shape in both formats,
// each in a fresh `node --max-old-space-size=128 --expose-gc` process running the sources
// bundled by esbuild (bench/hostile/driver.mjs says what is measured and how):
//   - no crash, and a typed CallbackError (or a valid event);
//   - at most MAX_ISSUES issues, every message and path within MAX_MESSAGE_LENGTH, so the
//     receiver's answer stays small;
//   - peak V8 heap above the baseline ≤ 10× the body;
//   - time ≤ 3× a benign body of the same size (a real Transcode callback padded with copies of
//     its own job), measured alternately in the same process.
// `node bench/hostile.mjs` prints the same figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ISSUES, MAX_MESSAGE_LENGTH } from '@wanxiang/core';
// @ts-expect-error -- plain .mjs helpers shared with bench/hostile.mjs, without declarations
import { bundleCore, runShape } from '../../../bench/hostile/run.mjs';
// @ts-expect-error -- idem
import { shapes } from '../../../bench/hostile/shapes.mjs';

const MEMORY_BOUND = 10;
const TIME_BOUND = 3;
/** What a case listed in `overBound` must still stay within, so it cannot grow unnoticed. */
const OVER_BOUND_CEILING = { memory: 15, time: 20 };

/**
 * Cases measured over a bound (figures from `node bench/hostile.mjs`, 2-core machine,
 * 2026-12-02): that bound is printed for them instead of asserted, and every other check still
 * holds. An open list, to shrink to nothing; the figures are in the test output.
 *   wrong-* (json, xml): the error path walks every item once more after the fast path stopped,
 *     3.4–8.2× the benign time (walking an item's own keys, not every schema entry, took
 *     wrong-streams json from 8.3× to 5.6×). wrong-headers json 10.8× memory and wrong-streams
 *     json 9.8× (at the bound): objects of 240,000 keys. many-keys (4.2× / 5.2× time, json
 *     11.2× memory) and tiny-objects json (4.0×): valid events that are denser than the benign
 *     body; JSON.parse alone takes 19× and 7× the benign body's time on those two.
 *   deep-repeated xml: 2.2–2.4×, near the bound.
 */
const overBound: Record<string, 'time' | 'memory' | 'both'> = {
  'wrong-jobs/xml': 'time',
  'wrong-jobs/json': 'time',
  'wrong-streams/xml': 'time',
  'wrong-streams/json': 'both',
  'wrong-headers/xml': 'time',
  'wrong-headers/json': 'both',
  'many-keys/xml': 'time',
  'many-keys/json': 'both',
  'tiny-objects/json': 'time',
  'deep-repeated/xml': 'time',
};

let bundle: { url: string; dispose: () => void };
beforeAll(async () => {
  bundle = await bundleCore();
}, 60_000);
afterAll(() => bundle?.dispose());

describe.sequential('bounds on hostile bodies near 4 MiB', () => {
  for (const shape of shapes as { id: string; what: string }[]) {
    for (const format of ['xml', 'json'] as const) {
      const id = `${shape.id}/${format}`;
      const known = overBound[id];
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
        const time = r.hostileMs / r.benignMs;
        const figures = `${id}: heap ${memory.toFixed(1)}× body, time ${time.toFixed(2)}× benign (${r.hostileMs.toFixed(0)} / ${r.benignMs.toFixed(0)} ms)`;
        // A bound listed in overBound is printed, not asserted (a ratio near its bound would flip with the load).
        if (known === 'time' || known === 'both') {
          console.log(`over the time bound when written: ${figures}`);
          expect(time, figures).toBeLessThanOrEqual(OVER_BOUND_CEILING.time);
        } else expect(time, figures).toBeLessThanOrEqual(TIME_BOUND);
        if (known === 'memory' || known === 'both') {
          console.log(`over the memory bound when written: ${figures}`);
          expect(memory, figures).toBeLessThanOrEqual(OVER_BOUND_CEILING.memory);
        } else expect(memory, figures).toBeLessThanOrEqual(MEMORY_BOUND);
      };
      it(`${id}${known ? ` (over the ${known} bound when written)` : ''}: ${shape.what}`, check, 120_000);
    }
  }
});
