import { TextBuilder } from '../text-builder.js';
import { isXmlChar } from './chars.js';
import { type Fail, quoted } from './fail.js';

// Character data and attribute values: references, line ends and "]]>".

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** What makes a text segment need more than a slice: a reference, a CR, or "]]>". */
const NEEDS_DECODING = /[&\r]|]]>/;

/**
 * The character data `text[start, end)` (no markup in it) as a compliant parser reports it:
 * the five predefined entities and character references decoded, nothing else (without a DTD
 * no other entity can be defined), CRLF and lone CR read as LF (XML's end-of-line handling, which
 * applies to the document, not to a CR a reference writes), and "]]>" rejected. `plain` says
 * the document has no CR and no "]]>" at all, so only "&" needs a look.
 */
export function decodeText(text: string, start: number, end: number, plain: boolean, fail: Fail): string {
  const segment = text.slice(start, end);
  if (plain ? !segment.includes('&') : !NEEDS_DECODING.test(segment)) return segment;
  const cdataEnd = segment.indexOf(']]>');
  if (cdataEnd !== -1) fail('"]]>" in text (it may only end a CDATA section)', start + cdataEnd);
  const decoded = new TextBuilder();
  let last = 0;
  // Offsets into `segment`: searching `text` would run to the end of the body for every node.
  for (let amp = segment.indexOf('&'); amp !== -1; amp = segment.indexOf('&', last)) {
    const semicolon = referenceEnd(segment, amp);
    if (semicolon === -1) fail('"&" that starts no entity or character reference', start + amp);
    if (amp > last) decoded.add(normalizeLineEnds(segment.slice(last, amp)));
    decoded.add(decodeReference(segment.slice(amp + 1, semicolon), start + amp, fail));
    last = semicolon + 1;
  }
  return decoded.finish(normalizeLineEnds(segment.slice(last)));
}

/**
 * Checks the attribute value `text[start, end)` (between its quotes) as XML's `AttValue`: no
 * "<", and every "&" a reference to a predefined entity or a character. The value itself is not
 * kept (CI sends no attributes that matter), so nothing is decoded.
 */
export function checkAttributeValue(text: string, start: number, end: number, fail: Fail): void {
  const value = text.slice(start, end);
  const lt = value.indexOf('<');
  if (lt !== -1) fail('"<" in an attribute value', start + lt);
  for (let amp = value.indexOf('&'); amp !== -1; amp = value.indexOf('&', amp + 1)) {
    const semicolon = referenceEnd(value, amp);
    if (semicolon === -1) fail('"&" that starts no entity or character reference', start + amp);
    decodeReference(value.slice(amp + 1, semicolon), start + amp, fail);
  }
}

/** CRLF and lone CR as LF. */
export function normalizeLineEnds(raw: string): string {
  return raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
}

/**
 * Where the `;` of the reference at `amp` is, or -1. A character reference may have any number
 * of leading zeros (`&#x0000000041;`), so its digits are scanned; an entity name is short (the
 * longest predefined one has four letters, so a longer run is no reference).
 */
function referenceEnd(segment: string, amp: number): number {
  if (segment.charCodeAt(amp + 1) === 35 /* # */) {
    let i = amp + 2;
    if (segment.charCodeAt(i) === 120 /* x */) i++;
    while (i < segment.length && isHexDigit(segment.charCodeAt(i))) i++;
    return segment.charCodeAt(i) === 59 /* ; */ ? i : -1;
  }
  const semicolon = segment.indexOf(';', amp + 1);
  return semicolon === -1 || semicolon - amp > 12 ? -1 : semicolon;
}

/** The text of the reference `&name;` (`name` without `&` and `;`), or a failure. */
function decodeReference(name: string, at: number, fail: Fail): string {
  if (name.charCodeAt(0) === 35 /* # */) {
    // `&#x41;` or `&#65;` only: the spec has no `&#X41;`, no sign, no empty digits.
    const code = /^#x[0-9a-fA-F]+$/.test(name) ? parseInt(name.slice(2), 16) : /^#[0-9]+$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
    if (!isXmlChar(code)) fail(`invalid character reference ${quoted(`&${name};`)}`, at);
    return String.fromCodePoint(code);
  }
  const decoded = Object.hasOwn(PREDEFINED, name) ? PREDEFINED[name] : undefined;
  if (decoded === undefined) fail(`undefined entity ${quoted(`&${name};`)} (only &amp; &lt; &gt; &quot; &apos; exist without a DTD)`, at);
  return decoded!;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
