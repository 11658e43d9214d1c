import { describe, expect, it } from 'vitest';
import { readJson } from '../src/json.js';
import { callbackErrorOf } from './support/error-code.js';

describe('readJson', () => {
  it('drops empty values at every level and writes numbers and booleans as text', () => {
    expect(readJson('{"a":"","b":null,"c":{},"d":[],"e":{"f":""},"g":[{},""," "],"h":0,"i":false,"j":"x","k":13.60}', 64)).toEqual({
      h: '0',
      i: 'false',
      j: 'x',
      k: '13.60',
    });
  });

  it('keeps non-empty list items in order', () => {
    expect(readJson('{"a":[{"k":"1"},{},{"k":"2"}]}', 64)).toEqual({ a: [{ k: '1' }, { k: '2' }] });
  });

  it('rejects trailing commas with MALFORMED_JSON, naming the line and column', () => {
    const error = callbackErrorOf(() => readJson('{\n  "a": 1,\n}', 64));
    expect(error.code).toBe('MALFORMED_JSON');
    expect(error.message).toMatch(/line 3, column 1/);
  });

  it('hints at XML sent as JSON', () => {
    expect(callbackErrorOf(() => readJson('<Response/>', 64)).message).toMatch(/XML sent with a JSON Content-Type/);
  });

  it('rejects nesting beyond maxDepth with TOO_DEEP', () => {
    expect(readJson('{"a":{"b":"1"}}', 2)).toEqual({ a: { b: '1' } });
    expect(callbackErrorOf(() => readJson('{"a":{"b":{"c":"1"}}}', 2)).code).toBe('TOO_DEEP');
  });

  it('rejects 100,000 nested arrays with TOO_DEEP', () => {
    expect(callbackErrorOf(() => readJson('['.repeat(100_000) + ']'.repeat(100_000), 64)).code).toBe('TOO_DEEP');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects the key %s with INVALID_CALLBACK at its path', (key) => {
    const error = callbackErrorOf(() => readJson(`{"JobsDetail":[{"${key}":{"polluted":"yes"}}]}`, 64));
    expect(error.code).toBe('INVALID_CALLBACK');
    expect(error.issues[0]!.path).toBe(`JobsDetail.0.${key}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
