// How a body reaches parseCallback (string, bytes, views, buffers, with a BOM) and the options it gets.

import type { CallbackBody } from '@wanxiang/core';
import fc from 'fast-check';

export const utf8 = new TextEncoder();

/** How bytes are handed to parseCallback. `view` is a subarray of a larger buffer padded with `<{`. */
export type ByteForm = 'bytes' | 'view' | 'buffer' | 'arraybuffer';
export const byteForm = fc.constantFrom<ByteForm>('bytes', 'view', 'buffer', 'arraybuffer');

export function fromBytes(bytes: Uint8Array, form: ByteForm): CallbackBody {
  switch (form) {
    case 'bytes':
      return bytes;
    case 'view': {
      const padded = new Uint8Array(bytes.length + 16).fill(0x3c);
      padded.fill(0x7b, 0, 8);
      padded.set(bytes, 8);
      return padded.subarray(8, 8 + bytes.length);
    }
    case 'buffer':
      return Buffer.from(bytes);
    case 'arraybuffer':
      return bytes.slice().buffer;
  }
}

/** How a generated (well-formed, valid Unicode) text is handed over: a string or its UTF-8, with or without a BOM. */
export type TextForm = 'string' | 'bom-string' | ByteForm | 'bom-bytes';
export const textForm = fc.constantFrom<TextForm>('string', 'bom-string', 'bytes', 'view', 'buffer', 'arraybuffer', 'bom-bytes');

export function fromText(text: string, form: TextForm): CallbackBody {
  if (form === 'string') return text;
  if (form === 'bom-string') return `\uFEFF${text}`;
  if (form === 'bom-bytes') return utf8.encode(`\uFEFF${text}`);
  return fromBytes(utf8.encode(text), form);
}

const anyContentType = fc.constantFrom(
  undefined,
  null,
  '',
  'application/xml',
  'text/xml',
  'application/soap+xml',
  'text/xml; charset=UTF-8',
  'APPLICATION/XML',
  'application/json',
  'text/json',
  'application/json; charset="utf-8"',
  'application/cloudevents+json',
  'text/plain',
  'application/octet-stream',
  'application/x-www-form-urlencoded',
  '*/*',
  'image/png',
  'text/html',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  'text/xml; charset=utf-16',
  ';',
);
/** Content types under which a `<` body is read as XML. */
const xmlContentType = fc.constantFrom(
  undefined,
  null,
  '',
  'application/xml',
  'text/xml; charset=utf-8',
  'application/atom+xml',
  'text/plain',
  'application/octet-stream',
  'application/x-www-form-urlencoded',
  '*/*',
);
/** Content types under which a JSON text is read as JSON (generic ones sniff). */
const jsonContentType = fc.constantFrom(undefined, null, '', 'application/json', 'text/json; charset=UTF-8', 'application/problem+json', 'text/plain', 'application/octet-stream', '*/*');
export const contentVersion = fc.constantFrom(undefined, undefined, undefined, null, 'Simple', 'Detail', ' detail ', 'SIMPLE', 'v2');
const maxDepth = fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 10 }) });
const maxBytes = fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 4096 }) });

export const anyOptions = fc.record({ contentType: anyContentType, contentVersion, maxDepth, maxBytes });
export const xmlOptions = fc.record({ contentType: xmlContentType, contentVersion, maxDepth });
export const jsonOptions = fc.record({ contentType: jsonContentType, contentVersion, maxDepth });

export const isGenericType = (contentType: string | null | undefined) =>
  contentType == null || ['', 'text/plain', 'application/octet-stream', 'application/x-www-form-urlencoded', '*/*'].includes(contentType);
