// The character classes of XML 1.0 (Fifth Edition) the reader needs, outside names (names.ts).

/**
 * Code units XML 1.0 forbids anywhere in a document (its `Char` production), surrogates aside:
 * C0 controls other than tab, LF and CR, and the non-characters U+FFFE and U+FFFF.
 */
const FORBIDDEN_UNITS: readonly string[] = Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c))
  .filter((unit) => unit !== '\t' && unit !== '\n' && unit !== '\r')
  .concat('\ufffe', '\uffff');

/**
 * Where the first code unit XML forbids anywhere (see {@link FORBIDDEN_UNITS}) is, or -1. One
 * `indexOf` per unit rather than one regex with a class: the engine searches for one code unit
 * with vector instructions, and on a body with Chinese text (a two-byte string) the class
 * regex took a fifth of the reader's time, 31 searches a third of that.
 */
export function forbiddenChar(text: string): number {
  let first = -1;
  for (const unit of FORBIDDEN_UNITS) {
    const at = text.indexOf(unit);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}

// The `u` flag reads a pair as one code point, so only a lone half matches. Four times slower
// than the scan above, so only where `isWellFormed` (ES2024) is missing.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const isWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/**
 * Where the first surrogate that is not half of a pair is, or -1. XML's `Char` has no
 * surrogates; a decoded UTF-8 body cannot hold a lone one, but a string body can.
 */
export function loneSurrogate(text: string): number {
  if (isWellFormed?.call(text)) return -1;
  return text.search(LONE_SURROGATE);
}

/** XML's `S`: space, tab, LF, CR, and nothing else (no NBSP, no NEL, no U+2028). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** True when `text[start, end)` holds `S` only (or nothing). */
export function isWhitespace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** A code point a character reference may produce: XML 1.0's `Char`. */
export function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** `U+XXXX` for a message: the code unit is named, never quoted, since it may be a control. */
export function codeUnitName(text: string, at: number): string {
  return `U+${text.charCodeAt(at).toString(16).padStart(4, '0').toUpperCase()}`;
}
