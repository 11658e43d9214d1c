// The strict JSON reader (src/json/): differential against JSON.parse, duplicate keys, lists in
// lists, number text, bounded messages, and the corpus and its XML twins.

import { parseCallback } from '@wanxiang/core';
import { fixtures, getFixture, twins } from '@wanxiang/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson } from '../src/json.js';
import { callbackErrorOf } from './support/error-code.js';

/** What the reader must give for a value `JSON.parse` gave: the old prune, numbers as their text. */
function reference(value: unknown): unknown {
  if (value === null) return undefined;
  if (typeof value === 'string') return /^[ \t\n\r]*$/.test(value) ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.map(reference).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value as object)) {
    const pruned = reference(child);
    if (pruned !== undefined) out[key] = pruned;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

const hasNestedList = (value: unknown, inList = false): boolean =>
  Array.isArray(value) ? inList || value.some((item) => hasNestedList(item, true)) : value !== null && typeof value === 'object' && Object.values(value).some((v) => hasNestedList(v));
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const hasForbidden = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && (Array.isArray(value) ? value.some(hasForbidden) : Object.keys(value).some((k) => FORBIDDEN.has(k)) || Object.values(value).some(hasForbidden));

/** Writes every character of `text` raw or as a `\uXXXX` escape, as `mask` says (escapes JSON requires always). */
function writeString(text: string, mask: number): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const must = c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff);
    out += must || (mask >> (i % 30)) & 1 ? `\\u${c.toString(16).padStart(4, '0')}` : text[i];
  }
  return `${out}"`;
}

/** JSON text written by hand (escapes, spacing), with the `JSON.parse` value it must equal. */
function write(value: unknown, mask: number, gap: string): string {
  if (typeof value === 'string') return writeString(value, mask);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${gap}${value.map((v) => write(v, mask, gap)).join(`,${gap}`)}${gap}]`;
  return `{${gap}${Object.entries(value)
    .map(([k, v]) => `${writeString(k, mask >> 3)}${gap}:${gap}${write(v, mask, gap)}`)
    .join(`,${gap}`)}${gap}}`;
}

describe('readJson against JSON.parse', () => {
  it('valid JSON reads into the pruned JSON.parse value, except a list inside a list (INVALID_CALLBACK)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer(), fc.constantFrom('', ' ', '\n  ', '\t\r\n'), (value, mask, gap) => {
        const text = write(value, mask, gap);
        const parsed: unknown = JSON.parse(text);
        if (hasForbidden(parsed) || hasNestedList(parsed)) expect(callbackErrorOf(() => readJson(text, 64)).code).toBe('INVALID_CALLBACK');
        else expect(readJson(text, 64)).toStrictEqual(reference(parsed));
      }),
      { seed: 20261202, numRuns: 1500 },
    );
  });

  it('a damaged document is rejected exactly when JSON.parse rejects it (or for a duplicate key)', () => {
    const docs = ['{"a":[1,{"b":"x\\n"}],"c":-1.5e3,"d":true,"e":null}', '[{"k":"\\ud83d\\ude00"},{"k":0}]', '{"EventName":"TaskFinish","JobsDetail":[{"Tag":"Transcode","State":"Success"}]}'];
    fc.assert(
      fc.property(
        fc.constantFrom(...docs),
        fc.nat(),
        fc.constantFrom('', ',', '0', '.', '-', '+', 'e', '"', '\\', '\u0001', '[', ']', '{', '}', ':', ' ', 'x', '\ufeff', 'u', 'n'),
        fc.nat(3),
        (doc, at, insert, cut) => {
          const k = at % (doc.length + 1);
          const text = doc.slice(0, k) + insert + doc.slice(k + cut);
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          let code: string | undefined;
          try {
            readJson(text, 64);
          } catch (error) {
            code = callbackErrorOf(() => {
              throw error;
            }).code;
            if (valid) expect((error as Error).message, text).toMatch(/duplicate key|list directly inside a list|is not allowed/);
          }
          if (!valid) expect(code, text).toBe('MALFORMED_JSON');
        },
      ),
      { seed: 20261202, numRuns: 3000 },
    );
  });

  it.each([
    ['{"a":1,}', 'trailing comma'],
    ['[1,]', 'trailing comma'],
    ['01', 'leading zero'],
    ['[-01]', 'leading zero'],
    ['+1', 'plus'],
    ['.5', 'no integer part'],
    ['1.', 'no fraction digits'],
    ['1e', 'no exponent digits'],
    ['1e+', 'no exponent digits'],
    ['-', 'sign only'],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['-Infinity', '-Infinity'],
    ['0x10', 'hex'],
    ['"a\u0001"', 'raw control character'],
    ['"a\tb"', 'raw tab'],
    ['\ufeff{}', 'BOM (readBody drops it first)'],
    ['{} x', 'trailing garbage'],
    ['{}{}', 'two documents'],
    ['', 'empty'],
    ['  \n', 'whitespace only'],
    ["{'a':1}", 'single quotes'],
    ['{a:1}', 'unquoted key'],
    ['{"a":1 /* c */}', 'comment'],
    ['"\\x"', 'invalid escape'],
    ['"\\u12"', 'short \\u'],
    ['"\\U0041"', 'upper-case U'],
    ['{"a" 1}', 'no colon'],
    ['[1 2]', 'no comma'],
    ['"abc', 'unterminated string'],
    ['[true1]', 'literal run-on'],
    ['\u00a0{}', 'NBSP is not JSON whitespace'],
  ])('%j (%s) → MALFORMED_JSON with line and column, as JSON.parse rejects it', (text) => {
    expect(() => JSON.parse(text)).toThrow();
    const error = callbackErrorOf(() => readJson(text, 64));
    expect(error.code).toBe('MALFORMED_JSON');
    expect(error.message).toMatch(/line \d+, column \d+/);
  });

  it('accepts what RFC 8259 allows: U+2028 raw, lone surrogate escapes (kept as JSON.parse keeps them), a scalar root, every escape', () => {
    expect(readJson('"a\u2028b"', 64)).toBe('a\u2028b');
    expect(readJson('"\\ud800x"', 64)).toBe(JSON.parse('"\\ud800x"'));
    expect(readJson('"\\ud83d\\ude00"', 64)).toBe('😀');
    expect(readJson('"\\"\\\\\\/\\b\\f\\n\\r\\tx"', 64)).toBe('"\\/\b\f\n\r\tx');
    const many = `${'\\n'.repeat(5000)}x${'\\u0041'.repeat(3000)}`;
    expect(readJson(`"${many}"`, 64)).toBe(JSON.parse(`"${many}"`));
  });
});

describe('duplicate keys → MALFORMED_JSON at the dotted path, whichever value comes first', () => {
  const job = (fields: string) => `{"EventName":"TaskFinish","JobsDetail":[{"Tag":"Transcode","JobId":"j1",${fields}}]}`;
  it.each([
    ['State', job('"State":"Failed","State":"Success"'), 'JobsDetail.0.State'],
    ['Tag', job('"State":"Success","Tag":"Snapshot"'), 'JobsDetail.0.Tag'],
    ['EventName', '{"EventName":"TaskFinish","JobsDetail":[],"EventName":"WorkflowFinish"}', 'EventName'],
    ['BucketId', job('"Input":{"BucketId":"a-1","Object":"o","BucketId":"b-2"}'), 'JobsDetail.0.Input.BucketId'],
    ['the first one null', job('"State":null,"State":"Success"'), 'JobsDetail.0.State'],
    ['the second one empty', job('"State":"Failed","State":""'), 'JobsDetail.0.State'],
    ['both objects', job('"Operation":{"a":"1"},"Operation":{"a":"2"}'), 'JobsDetail.0.Operation'],
    ['written with an escape', job('"State":"Failed","St\\u0061te":"Success"'), 'JobsDetail.0.State'],
    ['inside the Response wrapper', `{"Response":${job('"State":"Failed","State":"Success"')}}`, 'Response.JobsDetail.0.State'],
    ['at the root', '{"a":"1","a":"1"}', 'a'],
    ['in a second job', '{"JobsDetail":[{"Tag":"A"},{"Tag":"A","Tag":"B"}]}', 'JobsDetail.1.Tag'],
    ['after a nested object used the same key', '{"a":{"a":"1","b":{"a":"2"}},"a":"3"}', 'a'],
    ['in a nested object after its parent used the key', '{"a":"1","b":{"a":"2","a":"3"}}', 'b.a'],
    ['the 500th key of a wide object', `{${Array.from({ length: 499 }, (_, i) => `"k${i}":"v"`).join(',')},"k250":"w"}`, 'k250'],
    ['the 17th key (where comparison gives way to a lookup)', `{${Array.from({ length: 16 }, (_, i) => `"k${i}":null`).join(',')},"k3":"x"}`, 'k3'],
    ['an empty-valued key past the 16th, then again', `{${Array.from({ length: 20 }, (_, i) => `"k${i}":"v"`).join(',')},"e":null,"f":"1","e":"2"}`, 'e'],
    ['a key past the 16th, then again empty', `{${Array.from({ length: 20 }, (_, i) => `"k${i}":"v"`).join(',')},"e":"1","e":{}}`, 'e'],
    ['the one non-empty key after 16 empty ones, then again', `{${Array.from({ length: 16 }, (_, i) => `"k${i}":""`).join(',')},"a":"1","b":null,"a":"2"}`, 'a'],
    ['the two non-empty keys after 16 empty ones, the first again', `{${Array.from({ length: 16 }, (_, i) => `"k${i}":[]`).join(',')},"a":"1","b":"2","a":"3"}`, 'a'],
  ])('%s', (_, body, path) => {
    const error = callbackErrorOf(() => parseCallback(body, { contentType: 'application/json' }));
    expect(error.code).toBe('MALFORMED_JSON');
    expect(error.issues).toEqual([{ path, message: `duplicate key "${path.split('.').at(-1)}"` }]);
    expect(error.message).toContain(`at ${path} (line 1, column`);
  });

  it('a wide object is rejected exactly when a key repeats, whatever the values around it', () => {
    const member = fc.tuple(
      fc.constantFrom(...Array.from({ length: 40 }, (_, i) => `k${i}`)),
      fc.constantFrom('null', '""', '"x"', '{}', '[]', '{"a":"1"}', '1', '{"k0":"1","k1":{"k0":"2"}}', '[{"k1":"1"},{"k1":"2"}]'),
    );
    fc.assert(
      fc.property(fc.array(member, { maxLength: 60 }), (members) => {
        const text = `{${members.map(([key, value]) => `"${key}":${value}`).join(',')}}`;
        const repeats = new Set(members.map(([key]) => key)).size !== members.length;
        const outcome = (() => {
          try {
            readJson(text, 64);
            return 'read';
          } catch (error) {
            return (error as Error).message.includes('duplicate key') ? 'duplicate' : String(error);
          }
        })();
        expect(outcome, text).toBe(repeats ? 'duplicate' : 'read');
      }),
      { seed: 20261202, numRuns: 2000 },
    );
  });

  it('the same key in sibling and nested objects is no duplicate', () => {
    expect(readJson('{"a":{"a":{"a":"1"}},"b":[{"a":"1"},{"a":"2"}]}', 64)).toEqual({ a: { a: { a: '1' } }, b: [{ a: '1' }, { a: '2' }] });
  });
});

describe('a list directly inside a list → INVALID_CALLBACK at its path', () => {
  it.each([
    ['{"a":[[]]}', 'a.0'],
    ['[[1]]', '0'],
    ['{"a":[1,"x",[2]]}', 'a.2'],
    ['{"JobsDetail":[{"P":[{},[]]}]}', 'JobsDetail.0.P.1'],
  ])('%s', (body, path) => {
    const error = callbackErrorOf(() => readJson(body, 64));
    expect(error.code).toBe('INVALID_CALLBACK');
    expect(error.issues[0]!.path).toBe(path);
  });

  it('only once the text is well-formed and within maxDepth', () => {
    expect(callbackErrorOf(() => readJson('[[1],', 64)).code).toBe('MALFORMED_JSON');
    expect(callbackErrorOf(() => readJson('['.repeat(100) + ']'.repeat(100), 64)).code).toBe('TOO_DEEP');
  });

  it('no corpus body has one', () => {
    for (const fixture of fixtures) if (fixture.format === 'json' && fixture.wellFormed) expect(hasNestedList(JSON.parse(fixture.text)), fixture.file).toBe(false);
  });
});

describe('what the reader builds', () => {
  it('numbers keep their exact text', () => {
    expect(readJson('{"a":12345678901234567890,"b":1.50,"c":-0,"d":1e400,"e":-1e400,"f":1e-400,"g":0e10,"h":1E+2}', 64)).toEqual({
      a: '12345678901234567890',
      b: '1.50',
      c: '-0',
      d: '1e400',
      e: '-1e400',
      f: '1e-400',
      g: '0e10',
      h: '1E+2',
    });
  });

  it('one-member objects are plain, independent objects (the tree is coerced in place)', () => {
    const first = readJson('{"a":{"toString":"1"},"b":{"0":"x"}}', 64) as Record<string, Record<string, string>>;
    expect(Object.getPrototypeOf(first.a)).toBe(Object.prototype);
    expect(Object.keys(first.a!)).toEqual(['toString']);
    Reflect.set(first.a!, 'toString', 'changed');
    expect(readJson('{"a":{"toString":"1"}}', 64)).toStrictEqual({ a: { toString: '1' } });
    expect(first.b).toStrictEqual({ 0: 'x' });
  });

  it('every well-formed JSON body of the corpus reads as JSON.parse then prune read it', () => {
    for (const fixture of fixtures) if (fixture.format === 'json' && fixture.wellFormed) expect(readJson(fixture.text, 64), fixture.file).toStrictEqual(reference(JSON.parse(fixture.text)));
  });

  it.each(twins.map((pair) => [pair.xml, pair.json]))('%s and %s still give the same event', (xml, json) => {
    const fromXml = parseCallback(getFixture(xml as never).bytes(), { contentType: 'application/xml' });
    expect(parseCallback(getFixture(json as never).bytes(), { contentType: 'application/json' })).toStrictEqual(fromXml);
  });
});

describe('messages quote the body only through excerpt()', () => {
  const huge = 'k'.repeat(1_000_000);
  it.each([
    ['a 1 MB duplicate key', `{"${huge}":1,"${huge}":2}`],
    ['a 1 MB invalid number', `[-${'.'.repeat(1_000_000)}]`],
    ['a control character in a duplicate key', '{"\u001b[31m":1,"\u001b[31m":2}'],
    ['1 MB of garbage after the value', `{} ${huge}`],
    ['a \\u escape cut by the end', `"\\u${'\u0007'.repeat(3)}`],
  ])('%s: short, no raw control characters, no engine message', (_, body) => {
    const error = callbackErrorOf(() => readJson(body, 64));
    const text = error.message + JSON.stringify(error.issues);
    expect(error.message.length).toBeLessThan(400);
    expect(text.length).toBeLessThan(1500);
    expect(text).not.toMatch(/[\u0000-\u001f]/);
    expect(text).not.toMatch(/Unexpected token|in JSON at position/);
  });
});
