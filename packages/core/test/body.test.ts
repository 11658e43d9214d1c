import { describe, expect, it } from 'vitest';
import { readBody } from '../src/body.js';
import { codeOf } from './support/error-code.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readBody picks the format', () => {
  it.each([
    ['application/xml', 'xml'],
    ['text/xml; charset=utf-8', 'xml'],
    ['application/soap+xml', 'xml'],
    ['application/json', 'json'],
    ['Application/JSON; charset="UTF-8"', 'json'],
    ['application/cloudevents+json', 'json'],
  ])('from the Content-Type %s', (contentType, format) => {
    expect(readBody('<x/>', contentType, 100).format).toBe(format);
  });

  it.each([
    [undefined, '  <Response/>', 'xml'],
    [null, '\n{"a":1}', 'json'],
    ['text/plain', '[1]', 'json'],
    ['application/octet-stream', '<a/>', 'xml'],
    ['application/x-www-form-urlencoded', '{"a":1}', 'json'],
  ])('by sniffing when the Content-Type is %s', (contentType, body, format) => {
    expect(readBody(body, contentType, 100).format).toBe(format);
  });

  it('answers each Content-Type for itself when they follow one another, and refuses a refused one every time', () => {
    const sequence = ['application/json', 'application/json', 'text/html', 'text/html', 'application/xml', 'text/plain', 'text/plain', 'text/html; charset=latin1', 'application/json'];
    const answerTo = (contentType: string) => {
      try {
        return readBody('<x/>', contentType, 100).format;
      } catch (error) {
        return (error as { code?: string }).code;
      }
    };
    const answers = sequence.map(answerTo);
    expect(answers).toEqual(['json', 'json', 'UNSUPPORTED_FORMAT', 'UNSUPPORTED_FORMAT', 'xml', 'xml', 'xml', 'UNSUPPORTED_FORMAT', 'json']);
  });

  it('rejects other content types with UNSUPPORTED_FORMAT', () => {
    expect(codeOf(() => readBody('<a/>', 'text/html', 100))).toBe('UNSUPPORTED_FORMAT');
    expect(codeOf(() => readBody('<a/>', 'multipart/form-data; boundary=x', 100))).toBe('UNSUPPORTED_FORMAT');
  });

  it('rejects a charset other than UTF-8 with UNSUPPORTED_FORMAT', () => {
    expect(codeOf(() => readBody('<a/>', 'application/xml; charset=gbk', 100))).toBe('UNSUPPORTED_FORMAT');
  });

  it('rejects a sniffed body that is neither XML nor JSON with UNSUPPORTED_FORMAT', () => {
    expect(codeOf(() => readBody('hello', undefined, 100))).toBe('UNSUPPORTED_FORMAT');
  });
});

describe('readBody decodes and bounds', () => {
  it('drops a UTF-8 BOM from bytes and from text', () => {
    expect(readBody(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<a/>')]), undefined, 100)).toEqual({ text: '<a/>', format: 'xml', fromBytes: true });
    expect(readBody('\uFEFF{"a":1}', undefined, 100)).toEqual({ text: '{"a":1}', format: 'json', fromBytes: false });
  });

  it('accepts an ArrayBuffer', () => {
    expect(readBody(utf8('{"a":"中"}').buffer as ArrayBuffer, undefined, 100).text).toBe('{"a":"中"}');
  });

  it("rejects invalid UTF-8 with the format's MALFORMED code", () => {
    const bad = new Uint8Array([...utf8('<a>'), 0xff, 0xfe, ...utf8('</a>')]);
    expect(codeOf(() => readBody(bad, 'application/xml', 100))).toBe('MALFORMED_XML');
    expect(codeOf(() => readBody(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), undefined, 100))).toBe('MALFORMED_JSON');
  });

  it('rejects empty and whitespace-only bodies with EMPTY_BODY', () => {
    expect(codeOf(() => readBody('', 'application/xml', 100))).toBe('EMPTY_BODY');
    expect(codeOf(() => readBody(new Uint8Array(0), undefined, 100))).toBe('EMPTY_BODY');
    expect(codeOf(() => readBody(' \r\n\t', undefined, 100))).toBe('EMPTY_BODY');
    expect(codeOf(() => readBody('\uFEFF', undefined, 100))).toBe('EMPTY_BODY');
  });

  it('counts the limit in UTF-8 bytes, for text as for bytes', () => {
    expect(readBody(`<a>${'x'.repeat(93)}</a>`, undefined, 100).format).toBe('xml');
    expect(codeOf(() => readBody(`<a>${'中'.repeat(32)}</a>`, undefined, 100))).toBe('BODY_TOO_LARGE'); // 103 bytes
    expect(codeOf(() => readBody(new Uint8Array(101).fill(0x20), undefined, 100))).toBe('BODY_TOO_LARGE');
  });
});
