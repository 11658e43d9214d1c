// Byte-level damage to a body (flip, overwrite, insert, delete, splice, repeat, truncate), and the
// oracle for a damaged body: invalid UTF-8 is never accepted; bytes and string read the same.

import type { ParseOptions } from '@wanxiang/core';
import fc from 'fast-check';
import { type ByteForm, fromBytes, utf8 } from './body-forms.js';
import { ciNames, corpus } from './corpus.js';
import { describeOutcome, expectCode, fail, parseOutcome, sameOutcome } from './outcome.js';
import { count } from './property.js';

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
export const encode = (text: string) => utf8.encode(text);
const bytesOf = (...values: number[]) => Uint8Array.from(values);

/** Single bytes and short sequences that matter to the readers: structure, controls, broken and valid UTF-8. */
const interestingChunks: readonly Uint8Array[] = [
  ...[...'<>/&"\'{}[],:=?!-;#\\ \n\r\t]'].map((char) => encode(char)),
  bytesOf(0x00),
  bytesOf(0x01),
  bytesOf(0x0b),
  bytesOf(0x7f),
  bytesOf(0x80),
  bytesOf(0xbf),
  bytesOf(0xc0),
  bytesOf(0xff),
  bytesOf(0xfe),
  bytesOf(0xef, 0xbb, 0xbf), // BOM
  bytesOf(0xef, 0xbf, 0xbe),
  bytesOf(0xef, 0xbf, 0xbf), // U+FFFE, U+FFFF
  encode('é'),
  encode('数'),
  encode('😀'),
  encode('\u2028'),
  encode('\u00a0'),
  encode('\u3000'),
  bytesOf(0xc0, 0xaf),
  bytesOf(0xc0, 0x80),
  bytesOf(0xe0, 0x80, 0xaf),
  bytesOf(0xf0, 0x80, 0x80, 0xaf), // overlong
  bytesOf(0xed, 0xa0, 0x80),
  bytesOf(0xed, 0xbf, 0xbf),
  bytesOf(0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80), // surrogates (CESU-8)
  bytesOf(0xf4, 0x90, 0x80, 0x80),
  bytesOf(0xf5, 0x80, 0x80, 0x80), // beyond U+10FFFF
  bytesOf(0xe6, 0x95),
  bytesOf(0xf0, 0x9f, 0x98), // truncated sequences
  ...[
    '</',
    '/>',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<?xml version="1.0"?>',
    '<?pi x?>',
    '<!DOCTYPE r>',
    '<!ENTITY x "y">',
    '&amp;',
    '&lt;',
    '&#x0;',
    '&#xD800;',
    '&#1114112;',
    '&#x1F600;',
    '&lol;',
    '&',
    '&#',
    '<a b="1">',
    " c='<'",
    '<Response>',
    '</Response>',
    '<EventName>TaskFinish</EventName>',
    '<JobsDetail>',
    '</JobsDetail>',
    '<__proto__>',
    '<constructor/>',
    '"__proto__":{',
    '"constructor":',
    '"prototype":1,',
    '{"',
    '":',
    '[]',
    '{}',
    'null',
    'true',
    '1e309',
    '-0',
    '"\\ud800"',
    '"\\u0000"',
    '"EventName":"TaskFinish",',
    '"JobsDetail":[',
    '\\',
    '\\u',
    '"\\u005f_proto__":1,',
  ].map(encode),
];

type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'overwrite'; at: number; chunk: Uint8Array }
  | { op: 'insert'; at: number; chunk: Uint8Array }
  | { op: 'delete'; at: number; length: number }
  | { op: 'splice'; at: number; length: number; donor: number; from: number; size: number }
  | { op: 'repeat'; at: number; length: number; times: number }
  | { op: 'truncate'; at: number };

const chunk = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...interestingChunks) },
  { weight: 2, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(...ciNames).map((name) => encode(name)) },
);
export const at = fc.nat({ max: 20_000 });
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('overwrite' as const), at, chunk }),
  { weight: 3, arbitrary: fc.record({ op: fc.constant('insert' as const), at, chunk }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 64 }) }) },
  fc.record({ op: fc.constant('splice' as const), at, length: fc.nat({ max: 200 }), donor: fc.nat(), from: at, size: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ op: fc.constant('repeat' as const), at, length: fc.integer({ min: 1, max: 64 }), times: fc.integer({ min: 2, max: 60 }) }),
  fc.record({ op: fc.constant('truncate' as const), at }),
);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const i = m.at % (bytes.length + 1);
  switch (m.op) {
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const out = bytes.slice();
      const j = m.at % bytes.length;
      out[j] = out[j]! ^ (1 << m.bit);
      return out;
    }
    case 'overwrite':
      return concat(bytes.subarray(0, i), m.chunk, bytes.subarray(i + m.chunk.length));
    case 'insert':
      return concat(bytes.subarray(0, i), m.chunk, bytes.subarray(i));
    case 'delete':
      return concat(bytes.subarray(0, i), bytes.subarray(i + m.length));
    case 'splice': {
      const donor = corpus[m.donor % corpus.length]!.bytes;
      const from = m.from % donor.length;
      return concat(bytes.subarray(0, i), donor.subarray(from, from + m.size), bytes.subarray(i + m.length));
    }
    case 'repeat': {
      const slice = bytes.subarray(i, i + m.length);
      return concat(bytes.subarray(0, i), ...Array.from({ length: m.times }, () => slice), bytes.subarray(i + m.length));
    }
    case 'truncate':
      return bytes.subarray(0, i);
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictDecoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The checks for damaged bytes: the universal promise for the byte form and for a string form,
 * invalid UTF-8 never accepted (and never mistaken for a schema problem), and valid UTF-8 read
 * the same as bytes and as the string the platform decodes (BOM kept, so both drop one).
 */
export function checkDamaged(bytes: Uint8Array, form: ByteForm, options: ParseOptions, tally: Map<string, number>): void {
  const fromBytesOutcome = parseOutcome(fromBytes(bytes, form), options);
  count(tally, fromBytesOutcome);
  if (isUtf8(bytes)) {
    const fromString = parseOutcome(strictDecoder.decode(bytes), options);
    if (!sameOutcome(fromBytesOutcome, fromString)) {
      fail(`bytes and string read differently: bytes → ${describeOutcome(fromBytesOutcome)}; string → ${describeOutcome(fromString)}`);
    }
    count(tally, '+bytes and string agree');
  } else {
    expectCode(fromBytesOutcome, ['BODY_TOO_LARGE', 'EMPTY_BODY', 'UNSUPPORTED_FORMAT', 'MALFORMED_XML', 'MALFORMED_JSON'], 'the bytes are not valid UTF-8');
    if (fromBytesOutcome.ok) fail('invalid UTF-8 was accepted', fromBytesOutcome);
    count(tally, '+invalid UTF-8 rejected');
    // The lossy string a careless caller would pass (U+FFFD for each bad sequence), and a Latin-1 reading.
    parseOutcome(new TextDecoder().decode(bytes), options);
    parseOutcome(String.fromCharCode(...bytes.subarray(0, 50_000)), options);
  }
}
