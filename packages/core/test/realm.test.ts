// Bytes from another realm: a node:vm context (as jsdom-based test environments and sandboxes
// make them) has its own Uint8Array and ArrayBuffer, so `instanceof` against this realm's is
// false. parseCallback must take them as it takes its own.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseCallback, safeParseCallback } from '../src/index.js';

const xml = '<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j-中</JobId><State>Success</State><Tag>Transcode</Tag></JobsDetail></Response>';
const json = '{"EventName":"TaskFinish","JobsDetail":[{"JobId":"j-中","State":"Success","Tag":"Transcode"}]}';

/** The UTF-8 bytes of `text`, made inside a fresh vm context: `kind` picks a Uint8Array, an ArrayBuffer, or a view into the middle of a larger buffer. */
function foreign(text: string, kind: 'Uint8Array' | 'ArrayBuffer' | 'offset view'): unknown {
  const bytes = [...new TextEncoder().encode(text)];
  const source = {
    Uint8Array: `new Uint8Array(${JSON.stringify(bytes)})`,
    ArrayBuffer: `new Uint8Array(${JSON.stringify(bytes)}).buffer`,
    'offset view': `new Uint8Array(new Uint8Array([0x21, ...${JSON.stringify(bytes)}, 0x21]).buffer, 1, ${bytes.length})`,
  }[kind];
  return runInNewContext(source);
}

describe('bodies from another realm (node:vm)', () => {
  it('are really foreign: instanceof this realm is false', () => {
    expect(foreign(xml, 'Uint8Array') instanceof Uint8Array).toBe(false);
    expect(foreign(xml, 'ArrayBuffer') instanceof ArrayBuffer).toBe(false);
  });

  for (const [format, body, contentType] of [
    ['XML', xml, 'application/xml'],
    ['JSON', json, 'application/json'],
  ] as const) {
    for (const kind of ['Uint8Array', 'ArrayBuffer', 'offset view'] as const) {
      it(`parses a foreign ${kind} of ${format}, declared and sniffed`, () => {
        const expected = parseCallback(body);
        expect(parseCallback(foreign(body, kind) as Uint8Array, { contentType })).toEqual(expected);
        expect(parseCallback(foreign(body, kind) as Uint8Array)).toEqual(expected);
        const result = safeParseCallback(foreign(body, kind) as ArrayBuffer, { contentType });
        expect(result).toEqual({ success: true, event: expected });
      });
    }

    it(`still applies every check to foreign ${format} bytes (size, UTF-8)`, () => {
      const tooLarge = safeParseCallback(foreign(body, 'Uint8Array') as Uint8Array, { maxBytes: 10 });
      expect(tooLarge.success ? undefined : tooLarge.error.code).toBe('BODY_TOO_LARGE');
      const invalid = runInNewContext(`new Uint8Array([${[...new TextEncoder().encode(body.slice(0, 20))].join(',')}, 0xc0, 0xaf])`);
      const malformed = safeParseCallback(invalid as Uint8Array, { contentType });
      expect(malformed.success ? undefined : malformed.error.code).toBe(format === 'XML' ? 'MALFORMED_XML' : 'MALFORMED_JSON');
    });
  }

  it('takes a Node Buffer (a Uint8Array) and an empty or detached ArrayBuffer as bytes', () => {
    expect(parseCallback(Buffer.from(xml)).EventName).toBe('TaskFinish');
    const detached = new ArrayBuffer(8);
    structuredClone(detached, { transfer: [detached] });
    for (const empty of [new ArrayBuffer(0), runInNewContext('new ArrayBuffer(0)'), detached]) {
      const result = safeParseCallback(empty as ArrayBuffer);
      expect(result.success ? undefined : result.error.code).toBe('EMPTY_BODY');
    }
  });

  it('still refuses what is neither bytes nor text, in any realm, whatever its toStringTag says', () => {
    const refused = [
      runInNewContext('new Uint16Array([60, 62])'),
      runInNewContext('new DataView(new ArrayBuffer(4))'),
      new Uint8ClampedArray([60, 62]),
      new SharedArrayBuffer(4),
      { [Symbol.toStringTag]: 'ArrayBuffer', length: 1e9 },
      { [Symbol.toStringTag]: 'Uint8Array', byteLength: 4, 0: 60 },
      Object.defineProperty(new Uint16Array([60, 62]), Symbol.toStringTag, { value: 'Uint8Array' }),
      [60, 47, 62],
      null,
      42,
    ];
    for (const body of refused) {
      const result = safeParseCallback(body as unknown as Uint8Array);
      expect(result.success ? undefined : result.error.code, String(body)).toBe('UNSUPPORTED_FORMAT');
    }
  });
});
