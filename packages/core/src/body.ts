import { CallbackError } from './errors.js';
import { type BodyFormat, formatFromContentType, sniffFormat } from './format.js';

/** What {@link readBody} accepts: the request body as text or bytes. */
export type CallbackBody = string | Uint8Array | ArrayBuffer;

/** A body checked for size and emptiness, decoded, and with its format decided. */
export interface DecodedBody {
  text: string;
  format: BodyFormat;
  /** True when `text` was decoded from UTF-8 bytes, so it cannot hold a lone surrogate. */
  fromBytes: boolean;
}

const BOM = 0xfeff;

// One decoder for every body: a decode without `stream` starts afresh, also after a failed one.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks the size (before decoding anything), rejects an empty body, decides the format from
 * the Content-Type or the first character, and decodes bytes as strict UTF-8 (a BOM is dropped).
 *
 * @throws CallbackError `BODY_TOO_LARGE`, `EMPTY_BODY`, `UNSUPPORTED_FORMAT`, or
 *   `MALFORMED_XML`/`MALFORMED_JSON` for bytes that are not UTF-8.
 */
export function readBody(body: CallbackBody, contentType: string | null | undefined, maxBytes: number): DecodedBody {
  if (typeof body === 'string') {
    if (utf8Length(body, maxBytes) > maxBytes) throw tooLarge(maxBytes);
    const start = body.charCodeAt(0) === BOM ? 1 : 0;
    const first = firstNonSpace(body, start, (i) => body.charCodeAt(i));
    if (first === undefined) throw empty();
    const format = formatFromContentType(contentType) ?? sniffFormat(first);
    return { text: start === 0 ? body : body.slice(start), format, fromBytes: false };
  }
  const bytes = asBytes(body);
  if (bytes === undefined) {
    throw new CallbackError('UNSUPPORTED_FORMAT', 'The body must be a string, a Uint8Array or an ArrayBuffer');
  }
  if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const first = firstNonSpace(bytes, start, (i) => bytes[i]!);
  if (first === undefined) throw empty();
  const format = formatFromContentType(contentType) ?? sniffFormat(first);
  let text: string;
  try {
    // fatal: invalid UTF-8 is an error, never silently replaced; the decoder drops the BOM.
    text = utf8.decode(bytes);
  } catch {
    const code = format === 'xml' ? 'MALFORMED_XML' : 'MALFORMED_JSON';
    throw new CallbackError(code, 'The body is not valid UTF-8');
  }
  return { text, format, fromBytes: true };
}

/**
 * `body` as a Uint8Array of this realm over the same memory (nothing is copied), or `undefined`
 * when it is neither a Uint8Array nor an ArrayBuffer. Not by `instanceof`: bytes made in another
 * realm (a `node:vm` context, an iframe, a jsdom test environment) have that realm's
 * constructors. The built-in getters below read internal slots, so they answer for any realm
 * and cannot be fooled by a `Symbol.toStringTag`. Node's byte buffers are Uint8Arrays.
 */
function asBytes(body: unknown): Uint8Array | undefined {
  if (body instanceof Uint8Array) return body;
  if (ArrayBuffer.isView(body)) {
    return typedArrayName.call(body) === 'Uint8Array' ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : undefined;
  }
  let length: number;
  try {
    length = arrayBufferByteLength.call(body); // throws for anything but an ArrayBuffer (a SharedArrayBuffer too)
  } catch {
    return undefined;
  }
  // A detached buffer has length 0 and cannot be viewed: it is an empty body.
  return length === 0 ? new Uint8Array(0) : new Uint8Array(body as ArrayBuffer);
}

/** `%TypedArray%.prototype[Symbol.toStringTag]`: the kind of a typed array (`'Uint8Array'`), `undefined` for a DataView. */
const typedArrayName = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag)!.get! as (this: unknown) => string | undefined;
/** `ArrayBuffer.prototype.byteLength`'s getter. */
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength')!.get! as (this: unknown) => number;

/** The first non-whitespace code unit (or byte) from `start`, or `undefined` when there is none. */
function firstNonSpace(source: { length: number }, start: number, at: (i: number) => number): number | undefined {
  for (let i = start; i < source.length; i++) {
    const c = at(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c;
  }
  return undefined;
}

const CHUNK = 16384;
const encoder = new TextEncoder();
let scratch: Uint8Array | undefined;

/**
 * UTF-8 byte length of `text`, counting no further than just past `limit`. Every UTF-16 code
 * unit takes one to three bytes, so most lengths decide without counting; otherwise the
 * platform's encoder counts slice by slice into one small reused buffer (a loop over
 * `charCodeAt` made a 2.5 MB string cost more per byte than a small one).
 */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  scratch ??= new Uint8Array(CHUNK * 3);
  let bytes = 0;
  for (let start = 0; start < text.length && bytes <= limit; ) {
    let end = Math.min(start + CHUNK, text.length);
    // Never split a surrogate pair: its halves would count as two replacement characters.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    bytes += encoder.encodeInto(text.slice(start, end), scratch).written;
    start = end;
  }
  return bytes;
}

function tooLarge(maxBytes: number): CallbackError {
  return new CallbackError('BODY_TOO_LARGE', `The body is larger than ${maxBytes} bytes`);
}

function empty(): CallbackError {
  return new CallbackError('EMPTY_BODY', 'The body is empty');
}
