// XML 1.0 (Fifth Edition) names, by the spec's own table (productions [4] and [4a]), not an
// approximation: a reader that accepts a name a compliant parser rejects disagrees with it on
// where a tag ends, and every disagreement between two parsers of one body is an opening.

/**
 * Where the XML `Name` starting at `start` ends: `start` itself when no name starts there. The
 * caller decides whether the character that stopped the scan may follow a name where it stands.
 */
export function scanName(text: string, start: number): number {
  const length = text.length;
  if (start >= length) return start;
  let i = start;
  const first = text.charCodeAt(i);
  if (isAsciiNameStart(first)) i++;
  else if (first < 0x80) return start;
  else {
    const width = nonAsciiWidth(text, i, true);
    if (width === 0) return start;
    i += width;
  }
  while (i < length) {
    const c = text.charCodeAt(i);
    if (isAsciiNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46) {
      i++;
      continue;
    }
    if (c < 0x80) break;
    const width = nonAsciiWidth(text, i, false);
    if (width === 0) break;
    i += width;
  }
  return i;
}

/** A-Z, a-z, "_" and ":". */
function isAsciiNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
}

/**
 * How many code units the non-ASCII character at `i` takes in a name (1, or 2 for a surrogate
 * pair), or 0 when it cannot stand there. `NameStartChar` when `start`, else `NameChar`.
 */
function nonAsciiWidth(text: string, i: number, start: boolean): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    // [#x10000-#xEFFFF]: high surrogates D800–DB7F; DB80–DBFF lead to planes 15 and 16.
    const low = text.charCodeAt(i + 1);
    return c <= 0xdb7f && low >= 0xdc00 && low <= 0xdfff ? 2 : 0;
  }
  if (isBmpNameStart(c)) return 1;
  return !start && (c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040) ? 1 : 0;
}

/** NameStartChar in the BMP above ASCII. */
function isBmpNameStart(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}
