import { CallbackError, parseCallback, safeParseCallback } from '@wanxiang/core';
import { describe, expect, it } from 'vitest';

const MiB = 1024 * 1024;
const TASK_XML = '<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><State>Success</State><Tag>NoiseReduction</Tag></JobsDetail></Response>';
const TASK_JSON = '{"EventName":"TaskFinish","JobsDetail":[{"JobId":"j1","State":"Success","Tag":"NoiseReduction"}]}';

function failure(body: string | Uint8Array, options?: Parameters<typeof parseCallback>[1]): CallbackError {
  const result = safeParseCallback(body, options);
  if (result.success) throw new Error(`expected a rejection, got ${JSON.stringify(result.event)}`);
  return result.error;
}

describe('hostile and broken inputs are rejected with their code, never a crash', () => {
  it.each<[string, () => string | Uint8Array, Parameters<typeof parseCallback>[1], string]>([
    ['a truncated XML callback', () => TASK_XML.slice(0, TASK_XML.indexOf('Success') + 4), { contentType: 'application/xml' }, 'MALFORMED_XML'],
    ['mismatched tags', () => '<Response><EventName>TaskFinish</EventNam></Response>', undefined, 'MALFORMED_XML'],
    ['two roots', () => `${TASK_XML}<Response/>`, undefined, 'MALFORMED_XML'],
    ['a DOCTYPE with entities', () => `<!DOCTYPE r [<!ENTITY x "${'y'.repeat(10)}">]>${TASK_XML.replace('j1', '&x;')}`, undefined, 'MALFORMED_XML'],
    ['an external entity', () => `<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><Response>&x;</Response>`, undefined, 'MALFORMED_XML'],
    ['100,000 nested elements', () => '<a>'.repeat(100_000) + '</a>'.repeat(100_000), undefined, 'TOO_DEEP'],
    ['100,000 nested JSON arrays', () => '['.repeat(100_000) + ']'.repeat(100_000), undefined, 'TOO_DEEP'],
    ['an element named __proto__', () => TASK_XML.replace('<JobId>j1</JobId>', '<__proto__><x>1</x></__proto__>'), undefined, 'INVALID_CALLBACK'],
    ['an element named constructor', () => TASK_XML.replace('<JobId>j1</JobId>', '<constructor><prototype>1</prototype></constructor>'), undefined, 'INVALID_CALLBACK'],
    ['a JSON key __proto__', () => TASK_JSON.replace('"JobId"', '"__proto__":{"polluted":1},"JobId"'), undefined, 'INVALID_CALLBACK'],
    ['a 5 MiB body', () => `<Response><X>${'a'.repeat(5 * MiB)}</X></Response>`, undefined, 'BODY_TOO_LARGE'],
    ['a 5 MiB byte body', () => new Uint8Array(5 * MiB).fill(0x20), undefined, 'BODY_TOO_LARGE'],
    ['an empty body', () => '', { contentType: 'application/xml' }, 'EMPTY_BODY'],
    ['empty bytes', () => new Uint8Array(0), undefined, 'EMPTY_BODY'],
    ['invalid UTF-8 in XML', () => new Uint8Array([...new TextEncoder().encode(TASK_XML.slice(0, 30)), 0xc3, 0x28, ...new TextEncoder().encode(TASK_XML.slice(30))]), undefined, 'MALFORMED_XML'],
    ['invalid UTF-8 in JSON', () => new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]), undefined, 'MALFORMED_JSON'],
    ['JSON sent with an XML content type', () => TASK_JSON, { contentType: 'application/xml' }, 'MALFORMED_XML'],
    ['XML sent with a JSON content type', () => TASK_XML, { contentType: 'application/json' }, 'MALFORMED_JSON'],
    ['an image content type', () => TASK_XML, { contentType: 'image/png' }, 'UNSUPPORTED_FORMAT'],
    ['plain text', () => 'EventName=TaskFinish', undefined, 'UNSUPPORTED_FORMAT'],
    ['well-formed XML that is no callback', () => '<html><body>hi</body></html>', undefined, 'INVALID_CALLBACK'],
    ['a JSON array', () => '[1,2,3]', undefined, 'INVALID_CALLBACK'],
  ])('%s → %s', (_, makeBody, options, code) => {
    const error = failure(makeBody(), options);
    expect(error).toBeInstanceOf(CallbackError);
    expect(error.code).toBe(code);
    expect(error.issues.length).toBeGreaterThan(0);
  });

  it('parses a body behind a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TASK_XML)]);
    expect(parseCallback(bytes).EventName).toBe('TaskFinish');
    expect(parseCallback(`\uFEFF${TASK_JSON}`).EventName).toBe('TaskFinish');
  });

  it('leaves Object.prototype untouched after prototype-key bodies', () => {
    failure(TASK_JSON.replace('"JobId"', '"__proto__":{"polluted":1},"JobId"'));
    failure(TASK_XML.replace('<JobId>j1</JobId>', '<__proto__><polluted>1</polluted></__proto__>'));
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('honours smaller maxBytes and maxDepth', () => {
    expect(failure(TASK_XML, { maxBytes: 64 }).code).toBe('BODY_TOO_LARGE');
    expect(failure(TASK_XML, { maxDepth: 2 }).code).toBe('TOO_DEEP');
    expect(parseCallback(TASK_XML, { maxDepth: 3 }).EventName).toBe('TaskFinish');
  });

  it('throws a TypeError for nonsensical limits (a programming error, not a bad body)', () => {
    expect(() => parseCallback(TASK_XML, { maxBytes: 0 })).toThrow(TypeError);
    expect(() => safeParseCallback(TASK_XML, { maxDepth: 1.5 })).toThrow(TypeError);
  });
});
