// A bounded, seeded smoke of the "never another exception" promise: random damage to real
// bodies either parses or fails with a CallbackError. (Long fuzzing runs belong to `npm run fuzz`.)

import { isCallbackError, safeParseCallback } from '@wanxiang/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBody, loadManifest } from '../../../test/corpus/load.js';

const bodies = loadManifest()
  .filter((entry) => entry.wellFormed)
  .map((entry) => loadBody(entry.file));

function outcome(body: Uint8Array): 'event' | 'error' {
  try {
    return safeParseCallback(body).success ? 'event' : 'error';
  } catch (error) {
    // safeParseCallback only rethrows what is not a CallbackError: that is the failure.
    throw new Error(`not a CallbackError: ${error instanceof Error ? error.stack : String(error)}`);
  }
}

describe('damaged corpus bodies never escape as anything but a CallbackError', () => {
  it('survives random byte edits, insertions and deletions', () => {
    const edit = fc.record({
      body: fc.constantFrom(...bodies),
      at: fc.nat(),
      kind: fc.constantFrom('replace', 'insert', 'delete'),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
    });
    fc.assert(
      fc.property(edit, ({ body, at, kind, bytes }) => {
        const i = at % body.length;
        const damaged =
          kind === 'delete'
            ? new Uint8Array([...body.subarray(0, i), ...body.subarray(i + bytes.length)])
            : new Uint8Array([...body.subarray(0, i), ...bytes, ...body.subarray(kind === 'replace' ? i + bytes.length : i)]);
        expect(['event', 'error']).toContain(outcome(damaged));
      }),
      { seed: 20261121, numRuns: 1500 },
    );
  });

  it('rejects every truncation of an XML body at an element boundary', () => {
    const xml = new TextDecoder().decode(bodies.find((body) => body[0] === 0x3c)!);
    for (let cut = xml.indexOf('>') + 1; cut < xml.trimEnd().length; cut = xml.indexOf('>', cut) + 1 || xml.length) {
      const result = safeParseCallback(xml.slice(0, cut));
      expect(result.success, `accepted a body cut at ${cut}`).toBe(false);
      expect(isCallbackError(result.error)).toBe(true);
    }
  });
});
