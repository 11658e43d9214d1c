import { CallbackError } from './errors.js';

/** The two wire formats CI uses. */
export type BodyFormat = 'xml' | 'json';

// Types that say nothing about the body: clients such as `curl -d` send form-urlencoded by default.
const GENERIC_TYPES = new Set(['', 'text/plain', 'application/octet-stream', 'application/x-www-form-urlencoded', '*/*']);

/**
 * The format a Content-Type declares, or `undefined` when it is absent or generic and the body
 * itself must be sniffed.
 *
 * @throws CallbackError `UNSUPPORTED_FORMAT` for any other type, or a charset other than UTF-8.
 */
export function formatFromContentType(contentType: string | null | undefined): BodyFormat | undefined {
  if (contentType == null) return undefined;
  // A sender sends the same Content-Type every time: splitting and lowercasing it per body was
  // 2–3% of reading a 1 KB one. Only an answer is kept, never a refusal.
  if (contentType === lastContentType) return lastFormat;
  const format = readContentType(contentType);
  lastContentType = contentType;
  lastFormat = format;
  return format;
}

let lastContentType: string | undefined;
let lastFormat: BodyFormat | undefined;

function readContentType(contentType: string): BodyFormat | undefined {
  const [essence = '', ...parameters] = contentType.split(';');
  const type = essence.trim().toLowerCase();
  const charset = parameters
    .map((parameter) => parameter.trim().toLowerCase())
    .find((parameter) => parameter.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/^"|"$/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new CallbackError('UNSUPPORTED_FORMAT', `Unsupported charset "${charset}": CI callbacks are UTF-8`);
  }
  if (type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml')) return 'xml';
  if (type === 'application/json' || type === 'text/json' || type.endsWith('+json')) return 'json';
  if (GENERIC_TYPES.has(type)) return undefined;
  throw new CallbackError('UNSUPPORTED_FORMAT', `Unsupported Content-Type "${type}": expected application/xml or application/json`);
}

/**
 * The format the first non-whitespace character shows (after an optional UTF-8 BOM): `<` is
 * XML, `{` or `[` is JSON.
 *
 * @throws CallbackError `UNSUPPORTED_FORMAT` for anything else.
 */
export function sniffFormat(first: number | undefined): BodyFormat {
  if (first === 0x3c) return 'xml';
  if (first === 0x7b || first === 0x5b) return 'json';
  const shown = first === undefined ? 'nothing' : JSON.stringify(String.fromCharCode(first));
  throw new CallbackError('UNSUPPORTED_FORMAT', `The body is neither XML nor JSON: it starts with ${shown}`);
}
