// JSON numbers: where one ends, by RFC 8259's grammar.

/**
 * Where the number at `at` ends by RFC 8259's grammar exactly, `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
 * (no "+", no leading zeros, digits on both sides of "."), or -1 when none starts there. By hand,
 * not a sticky regex: a regex call per number cost more than the scan.
 */
export function numberEnd(text: string, at: number): number {
  let i = at;
  if (text.charCodeAt(i) === 0x2d /* - */) i++;
  const first = text.charCodeAt(i);
  if (first === 0x30) i++;
  else if (first >= 0x31 && first <= 0x39) i = digitsEnd(text, i + 1);
  else return -1;
  if (text.charCodeAt(i) === 0x2e /* . */) {
    const fraction = digitsEnd(text, i + 1);
    // "1." is no number; the "1" before it is one, and the "." is then refused as what follows it.
    if (fraction > i + 1) i = fraction;
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    let j = i + 1;
    const sign = text.charCodeAt(j);
    if (sign === 0x2b || sign === 0x2d) j++;
    const exponent = digitsEnd(text, j);
    if (exponent > j) i = exponent;
  }
  return i;
}

/** Where the run of ASCII digits from `from` ends. */
function digitsEnd(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i));
  return i;
}

/** A character that cannot follow a number: the number's text goes on, so it is not RFC 8259's (`01`, `1.`, `1e`, `0x1`). */
export function isNumberChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d || c === 0x78 || c === 0x58;
}
