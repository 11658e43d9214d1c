/** The most characters of body-derived text (a name, a value) an error message quotes. */
export const MAX_EXCERPT_LENGTH = 64;

/** The longest suffix {@link excerpt} adds: `… (` + up to 16 digits + ` more characters)`. */
export const EXCERPT_SUFFIX_LENGTH = 36;

/**
 * Body-derived text as an error message may quote it: unsafe characters written as `\uXXXX`,
 * and cut to `max` written characters (an escape counts as the six it takes, so a body of
 * control characters cannot make an excerpt six times longer) with the count of what was left
 * out. The result is at most `max + EXCERPT_SUFFIX_LENGTH` characters, and `max` when nothing was
 * left out. Messages reach logs and HTTP answers, so a body must not choose their length or
 * their control characters. A surrogate pair is never split: it is kept whole or left out.
 */
export function excerpt(text: string, max: number = MAX_EXCERPT_LENGTH): string {
  // The common case, safe text that fits, is returned as it is without a copy.
  if (text.length <= max && !hasUnsafe(text)) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    const pair = isHigh(unit) && i + 1 < text.length && isLow(text.charCodeAt(i + 1));
    const piece = pair ? text.slice(i, i + 2) : isUnsafe(unit) ? escapeUnit(unit) : text[i]!;
    if (out.length + piece.length > max) break;
    out += piece;
    i += pair ? 2 : 1;
  }
  return i < text.length ? `${out}… (${text.length - i} more characters)` : out;
}

function hasUnsafe(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isHigh(unit) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) i++;
    else if (isUnsafe(unit)) return true;
  }
  return false;
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * C0 and C1 controls, DEL, the line and paragraph separators, bidirectional overrides and
 * isolates, and (called only for a unit that is not part of a pair) lone surrogates: what could
 * forge or reorder a log line or a terminal.
 */
function isUnsafe(unit: number): boolean {
  return (
    unit <= 0x1f ||
    (unit >= 0x7f && unit <= 0x9f) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    (unit >= 0x202a && unit <= 0x202e) ||
    (unit >= 0x2066 && unit <= 0x2069) ||
    (unit >= 0xd800 && unit <= 0xdfff)
  );
}

function escapeUnit(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}
