// Where the body comes from, and what that says about its format. A source is
// `{ origin: 'empty' | 'sample' | 'file' | 'text', name?, bytes?, contentType? }`: `bytes` is set
// for a dropped or opened file (parsed as bytes, as a receiver would); `contentType` only when a
// sample or file name says it, otherwise the core sniffs.
import { formatFromContentType } from '../../../packages/core/dist/wanxiang.browser.js';
import { numberFormat } from './numbers.js';

/** How the format is decided, as the core decides it: the Content-Type, else the first character of `text`. */
export function formatNote(source, text) {
  let declared;
  try {
    declared = formatFromContentType(source.contentType);
  } catch {
    return `Content-Type ${source.contentType}`;
  }
  if (declared) return `${declared.toUpperCase()} (Content-Type ${source.contentType})`;
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  const sniffed = first === '<' ? 'XML' : first === '{' || first === '[' ? 'JSON' : undefined;
  return sniffed ? `${sniffed} (no Content-Type: sniffed from “${first}”)` : 'no Content-Type';
}

/** One line under the body: where it came from, its size, and its Content-Type if any. */
export function sourceDescription(source, text) {
  const size = source.bytes ? source.bytes.byteLength : new TextEncoder().encode(text).byteLength;
  const where = source.origin === 'sample' ? `Sample ${source.name}` : source.origin === 'file' ? `File ${source.name}, read as bytes` : source.origin === 'empty' ? '' : 'Pasted or typed text';
  return [where, `${numberFormat.format(size)} bytes`, source.contentType ? `Content-Type ${source.contentType}` : 'Content-Type not set (the core sniffs)'].filter(Boolean).join(' · ');
}

/** The content type a file or sample name tells, or undefined to let the core sniff. */
export function contentTypeFromName(name) {
  if (/\.xml$/i.test(name)) return 'application/xml';
  if (/\.json$/i.test(name)) return 'application/json';
  return undefined;
}
