// Fuzzing with fast-check: damaged corpus bodies, random well-formed XML and random JSON all
// give an event or a CallbackError, never another exception, each parse well under a second.
// The properties live in support/fuzz-properties.ts; here they run with the fixed seed 20261121
// and bounded runs. `npm run fuzz` (scripts/fuzz.mjs) runs this same file with FUZZ_RUNS runs
// per property and a random seed (printed; FUZZ_SEED and FUZZ_PATH replay a failure, FUZZ_ONLY
// or `npm run fuzz -- <id>…` pick properties). The known-bug tests below run in `npm test` only;
// the README's hostile-input table is tested in hostile-input-table.test.ts.

import { parseCallback, safeParseCallback } from '@wanxiang/core';
import { afterAll, describe, expect, it } from 'vitest';
import type { FuzzProperty } from './support/fuzz/property.js';
import { fuzzSettings } from './support/fuzz/settings.js';
import { fuzzProperties } from './support/fuzz-properties.js';

const settings = fuzzSettings();
const properties = fuzzProperties();
const report: string[] = [];

if (settings.only) {
  const unknown = settings.only.filter((id) => !properties.some((property) => property.id === id));
  if (unknown.length > 0) throw new Error(`FUZZ_ONLY: no property ${unknown.join(', ')}; the ids are ${properties.map((p) => p.id).join(', ')}`);
}
if (settings.long) console.info(`fuzz: seed ${settings.seed}, ${settings.runs} runs per property${settings.path ? `, path ${settings.path}` : ''}`);

describe(`parseCallback under fuzzing (seed ${settings.seed})`, () => {
  it('defines the seven properties (ids: mutations, splices, utf16, xml-trees, xml-callbacks, json-texts, json-callbacks)', () => {
    expect(properties.map((property) => property.id)).toEqual(['mutations', 'splices', 'utf16', 'xml-trees', 'xml-callbacks', 'json-texts', 'json-callbacks']);
  });

  for (const property of properties) {
    const skipped = settings.only !== undefined && !settings.only.includes(property.id);
    it.skipIf(skipped)(
      `[${property.id}] ${property.name}`,
      () => {
        const numRuns = settings.runs ?? property.runs;
        const started = performance.now();
        property.check({ seed: settings.seed, numRuns, path: settings.path });
        report.push(`${describeRun(property, numRuns)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
      // No timeout for long runs; a bounded run takes a second or two.
      settings.long ? 7 * 24 * 3600_000 : 60_000,
    );
  }

  afterAll(() => {
    if (report.length > 0) console.info(`fuzz (seed ${settings.seed}):\n${report.map((line) => `  ${line}`).join('\n')}`);
  });
});

function describeRun(property: FuzzProperty, numRuns: number): string {
  const list = (oracles: boolean) =>
    [...property.tally]
      .filter(([key]) => key.startsWith('+') === oracles)
      .sort((a, b) => b[1] - a[1])
      .map(([key, n]) => `${key.replace(/^\+/, '')} ${n}`)
      .join(', ');
  const oracles = list(true);
  return `${property.id}: ${numRuns} runs (${list(false)})${oracles ? `; checked: ${oracles}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Bugs the fuzzing found in packages/core/src, fixed: these pin the fixes.

describe.skipIf(settings.long)('bugs found by fuzzing', () => {
  // json.ts isBlank() used String.prototype.trim, which also removes U+00A0, U+3000, U+2028,
  // U+FEFF…; the XML reader (rightly, per XML 1.0) treats only space, tab, CR and LF as
  // whitespace. The same value was kept from XML and dropped from JSON.
  it.each(['\u00a0', '\u3000', '\u2028', '\ufeff'])('a value of only %j reads the same from XML and from JSON', (char) => {
    const fromXml = parseCallback(`<Response><EventName>X</EventName><Message>${char}</Message></Response>`);
    const fromJson = parseCallback(`{"EventName":"X","Message":${JSON.stringify(char)}}`);
    expect(fromJson).toEqual(fromXml);
  });

  // xml.ts decodeText() gave up on a reference longer than 12 characters after "&", but XML 1.0
  // allows any number of leading zeros in a character reference: this body is well-formed.
  it('a character reference with leading zeros (&#x0000000041;) is "A", not MALFORMED_XML', () => {
    expect(safeParseCallback('<Response><EventName>&#x0000000041;</EventName></Response>')).toMatchObject({ success: true, event: { EventName: 'A' } });
  });
});
