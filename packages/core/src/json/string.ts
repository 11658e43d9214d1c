import { excerpt } from '../excerpt.js';
import { knownName } from '../known-names.js';
import { TextBuilder } from '../text-builder.js';

/** Reports a syntax error at an offset of the body; never returns. */
export type Fail = (message: string, at: number) => never;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Where the string read last by {@link readString} ended: the offset just past its closing quote. */
export let stringEnd = 0;

/**
 * Reads the JSON string whose opening quote is at `quote`, and sets {@link stringEnd}. A string
 * without escapes — nearly every one CI sends — is one slice of the body; a position is passed
 * through a module variable rather than a result object so that this path allocates nothing
 * but the string. `isKey`: the string is an object's key.
 */
export function readString(text: string, quote: number, fail: Fail, isKey = false): string {
  const length = text.length;
  for (let i = quote + 1; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      stringEnd = i + 1;
      // A key the schemas declare is the schemas' own string (see known-names.ts), not a new one cut from the body.
      return (isKey && knownName(text, quote + 1, i)) || text.slice(quote + 1, i);
    }
    if (c === BACKSLASH || c < 0x20) return decodeString(text, quote, i, fail);
  }
  return fail('the document ends inside a string', quote);
}

// One builder serves every string: a body's escaped strings are decoded one at a time.
const decoded = new TextBuilder();

/** The slow path of {@link readString}: the string holds an escape (or a forbidden character) at `from`. */
function decodeString(text: string, quote: number, from: number, fail: Fail): string {
  const length = text.length;
  let last = quote + 1;
  let i = from;
  decoded.reset();
  try {
    for (;;) {
      for (; i < length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE || c === BACKSLASH || c < 0x20) break;
      }
      if (i >= length) fail('the document ends inside a string', quote);
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        stringEnd = i + 1;
        return decoded.finish(text.slice(last, i));
      }
      if (c !== BACKSLASH) fail(`the control character U+${hex4(c)} must be escaped in a string`, i);
      if (i > last) decoded.add(text.slice(last, i));
      const escaped = text.charCodeAt(i + 1);
      if (escaped === 0x75 /* u */) {
        const code = hexValue(text, i + 2);
        if (code < 0) fail(`"\\u" must be followed by four hexadecimal digits, found "${excerpt(text.slice(i, i + 6))}"`, i);
        // A lone surrogate (`"\ud800"`) is kept as the one UTF-16 unit it names, as `JSON.parse`
        // keeps it: the string is a JavaScript string either way, and whoever needs well-formed
        // text (the receiver's idempotency key) checks for it there.
        decoded.add(String.fromCharCode(code));
        i += 6;
      } else {
        const simple = SIMPLE_ESCAPES[escaped];
        if (simple === undefined) {
          if (i + 1 >= length) fail('the document ends inside a string', quote);
          fail(`invalid escape "${excerpt(text.slice(i, i + 2))}" in a string`, i);
        }
        decoded.add(simple!);
        i += 2;
      }
      last = i;
    }
  } finally {
    decoded.reset();
  }
}

/** The one-character escapes RFC 8259 defines, by the code of the character after the backslash. */
const SIMPLE_ESCAPES: (string | undefined)[] = [];
SIMPLE_ESCAPES[0x22] = '"';
SIMPLE_ESCAPES[0x5c] = '\\';
SIMPLE_ESCAPES[0x2f] = '/';
SIMPLE_ESCAPES[0x62] = '\b';
SIMPLE_ESCAPES[0x66] = '\f';
SIMPLE_ESCAPES[0x6e] = '\n';
SIMPLE_ESCAPES[0x72] = '\r';
SIMPLE_ESCAPES[0x74] = '\t';

/** The value of the four hexadecimal digits at `at`, or -1 when they are not four hexadecimal digits. */
function hexValue(text: string, at: number): number {
  let value = 0;
  for (let i = at; i < at + 4; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/** `c` as four upper-case hexadecimal digits, for messages. */
export function hex4(c: number): string {
  return c.toString(16).toUpperCase().padStart(4, '0');
}
