import { CallbackError } from './errors.js';
import { describePosition } from './position.js';
import { forbiddenNames, type RawObject, type RawValue } from './raw.js';

// A strict, single-pass, non-recursive reader for the XML that CI sends. It builds the raw
// tree directly (no DOM, no second "simplify" pass) and rejects everything a lenient parser
// would guess at: truncation, mismatched or unclosed tags, a second root, text outside the
// root, DOCTYPE (and with it every entity declaration), unknown entities. The explicit stack
// replaces recursion, so depth is bounded by `maxDepth`, not by the JavaScript stack.

const GT = 62; // >
const SLASH = 47; // /
const QUESTION = 63; // ?
const BANG = 33; // !
const EQUALS = 61; // =
const QUOTE = 34; // "
const APOSTROPHE = 39; // '

/** An element being read: its name, its children so far, or its text so far. */
interface Frame {
  name: string;
  /** Set once the first non-empty child arrives. */
  children: RawObject | undefined;
  /** Decoded text so far (leaf content); `''` when none. */
  text: string;
  /** Where the start tag began, for messages. */
  start: number;
}

/** The root element's name and content, as {@link readXml} returns it. */
export interface XmlDocument {
  root: string;
  value: RawValue | undefined;
}

/**
 * Reads an XML callback body into the raw tree. Repeated elements become arrays, a leaf
 * becomes its decoded text, an empty element is left out.
 *
 * @throws CallbackError `MALFORMED_XML`, `TOO_DEEP`, or `INVALID_CALLBACK` for element names
 *   that would reach an object's prototype and for text mixed with child elements.
 */
export function readXml(text: string, maxDepth: number): XmlDocument {
  const length = text.length;
  const stack: Frame[] = [];
  let document: XmlDocument | undefined;
  let pos = 0;

  const fail = (message: string, at: number): never => {
    throw new CallbackError('MALFORMED_XML', `Malformed XML: ${message} at ${describePosition(text, at)}`);
  };

  // One native scan for characters XML 1.0 forbids anywhere (NUL and other C0 controls).
  const forbidden = FORBIDDEN_CHAR.exec(text);
  if (forbidden !== null) fail(`the control character U+${forbidden[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} is not allowed`, forbidden.index);

  while (pos < length) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt === -1 ? length : lt;
    if (textEnd > pos) {
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (!isWhitespace(text, pos, textEnd)) {
          fail(outsideRootMessage(text, pos, document !== undefined), pos);
        }
      } else if (!isIndentation(text, pos, textEnd, top)) {
        top.text += decodeText(text, pos, textEnd, fail);
      }
    }
    if (lt === -1) break;

    const next = text.charCodeAt(lt + 1);
    if (next === SLASH) {
      // End tag: `</name>` with optional whitespace before `>`. Compared in place: the usual
      // case is an exact match, and slicing every end tag's name costs more than the check.
      const gt = text.indexOf('>', lt + 2);
      if (gt === -1) fail('the document ends inside an end tag', lt);
      const frame = stack.pop();
      const nameEnd = lt + 2 + (frame?.name.length ?? 0);
      if (frame === undefined || !text.startsWith(frame.name, lt + 2) || !isWhitespace(text, nameEnd, gt)) {
        const name = text.slice(lt + 2, gt).trimEnd();
        fail(frame === undefined ? `end tag </${name}> without a start tag` : `end tag </${name}> does not match <${frame.name}>`, lt);
      }
      const value = finishElement(frame!, stack);
      const parent = stack[stack.length - 1];
      if (parent === undefined) document = { root: frame!.name, value };
      else if (value !== undefined) addChild(parent, frame!.name, value);
      pos = gt + 1;
    } else if (next === QUESTION) {
      // Processing instruction; the XML declaration only at the very start.
      const end = text.indexOf('?>', lt + 2);
      if (end === -1) fail('the document ends inside a processing instruction', lt);
      const target = /^[^\s?]*/.exec(text.slice(lt + 2, end))![0];
      if (target.toLowerCase() === 'xml' && lt !== 0) fail('an XML declaration is only allowed at the start', lt);
      pos = end + 2;
    } else if (next === BANG) {
      if (text.startsWith('!--', lt + 1)) {
        const end = text.indexOf('-->', lt + 4);
        if (end === -1) fail('the document ends inside a comment', lt);
        pos = end + 3;
      } else if (text.startsWith('![CDATA[', lt + 1)) {
        const end = text.indexOf(']]>', lt + 9);
        if (end === -1) fail('the document ends inside a CDATA section', lt);
        const top = stack[stack.length - 1];
        if (top === undefined) fail('CDATA outside the root element', lt);
        top!.text += text.slice(lt + 9, end);
        pos = end + 3;
      } else if (/^!doctype/i.test(text.slice(lt + 1, lt + 9))) {
        // DTDs are where entity expansion ("billion laughs") and external entities live.
        fail('DOCTYPE declarations are not allowed', lt);
      } else {
        fail('unexpected "<!"', lt);
      }
    } else {
      // Start tag: `<name attr="v" ...>` or `<name .../>`.
      const i = scanName(text, lt + 1);
      const name = text.slice(lt + 1, i < 0 ? -i : i);
      if (i <= lt + 1) fail(name === '' ? 'a "<" that starts no tag' : `invalid element name "${name}"`, lt);
      if (document !== undefined && stack.length === 0) fail(`a second root element <${name}>`, lt);
      if (forbiddenNames.has(name)) {
        const path = [...stack.slice(1).map((frame) => frame.name), name].join('.');
        throw new CallbackError('INVALID_CALLBACK', `Element name "${name}" is not allowed`, [
          { path, message: `element name "${name}" is not allowed (it could reach an object's prototype)` },
        ]);
      }
      if (stack.length >= maxDepth) {
        throw new CallbackError('TOO_DEEP', `Elements are nested deeper than ${maxDepth} levels at ${describePosition(text, lt)}`);
      }
      const selfClosing = skipAttributes(text, i, fail);
      // Most elements are leaves, `<Name>text</Name>`: read them here without a frame, which
      // made large bodies cost more per byte (every frame was garbage to collect).
      const parent = stack[stack.length - 1];
      if (selfClosing < 0 && parent !== undefined) {
        const contentStart = -selfClosing;
        const close = text.indexOf('<', contentStart);
        const afterName = close + 2 + name.length;
        if (close !== -1 && text.charCodeAt(close + 1) === SLASH && text.charCodeAt(afterName) === GT && text.startsWith(name, close + 2)) {
          const content = close > contentStart ? decodeText(text, contentStart, close, fail) : '';
          if (content !== '' && !isWhitespace(content, 0, content.length)) addChild(parent, name, content);
          pos = afterName + 1;
          continue;
        }
      }
      const frame: Frame = { name, children: undefined, text: '', start: lt };
      pos = selfClosing > 0 ? selfClosing : -selfClosing;
      if (selfClosing > 0) {
        // `<name/>` is an empty element: absent, but it still counts as the root if it is one.
        if (stack.length === 0) document = { root: name, value: undefined };
      } else {
        stack.push(frame);
      }
    }
  }

  const open = stack[stack.length - 1];
  if (open !== undefined) fail(`the document ends before </${open.name}>`, length);
  if (document === undefined) fail('no root element', 0);
  return document!;
}

/** The value of a finished element: its children, its text, or `undefined` when empty. */
function finishElement(frame: Frame, stack: Frame[]): RawValue | undefined {
  const hasText = frame.text !== '' && !isWhitespace(frame.text, 0, frame.text.length);
  if (frame.children !== undefined) {
    if (hasText) {
      const path = [...stack.slice(1).map((parent) => parent.name), ...(stack.length > 0 ? [frame.name] : [])].join('.');
      throw new CallbackError('INVALID_CALLBACK', `Element <${frame.name}> mixes text with child elements`, [
        { path, message: 'text mixed with child elements' },
      ]);
    }
    return frame.children;
  }
  return hasText ? frame.text : undefined;
}

/** Adds a child; a name seen again turns the value into a list, in document order. */
function addChild(parent: Frame, name: string, value: RawValue): void {
  const children = (parent.children ??= {});
  // Own properties only: `toString` or `valueOf` must not find Object.prototype's.
  const existing = Object.hasOwn(children, name) ? children[name] : undefined;
  if (existing === undefined) children[name] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else children[name] = [existing, value];
}

/**
 * Checks the attributes of a start tag (CI sends none; they are read for well-formedness and
 * dropped). Returns the position after `/>` as a positive number for an empty-element tag, or
 * after `>` negated for a start tag.
 */
function skipAttributes(text: string, from: number, fail: (message: string, at: number) => never): number {
  const length = text.length;
  let i = from;
  for (;;) {
    const spaceStart = i;
    while (i < length && isSpace(text.charCodeAt(i))) i++;
    if (i >= length) return fail('the document ends inside a start tag', from);
    const c = text.charCodeAt(i);
    if (c === GT) return -(i + 1);
    if (c === SLASH) {
      if (text.charCodeAt(i + 1) !== GT) return fail('"/" not followed by ">" in a tag', i);
      return i + 2;
    }
    if (i === spaceStart) return fail('attributes must be separated by whitespace', i);
    const nameStart = i;
    i = scanName(text, i);
    if (i <= nameStart) return fail('invalid attribute name', nameStart);
    while (i < length && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== EQUALS) return fail('attribute without "="', i);
    i++;
    while (i < length && isSpace(text.charCodeAt(i))) i++;
    const quote = text.charCodeAt(i);
    if (quote !== QUOTE && quote !== APOSTROPHE) return fail('attribute value without quotes', i);
    const end = text.indexOf(quote === QUOTE ? '"' : "'", i + 1);
    if (end === -1) return fail('the document ends inside an attribute value', i);
    if (text.slice(i + 1, end).includes('<')) return fail('"<" in an attribute value', i);
    i = end + 1;
  }
}

// C0 controls other than tab, LF and CR, and the non-characters U+FFFE and U+FFFF.
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the five predefined entities and numeric character references, nothing else:
 * without a DTD no other entity can be defined, so any other `&name;` is an error.
 */
function decodeText(text: string, start: number, end: number, fail: (message: string, at: number) => never): string {
  // Search the segment, not the rest of the document: indexOf on `text` would run to the end of
  // a body without entities for every text node, which is quadratic in the body's size.
  const segment = text.slice(start, end);
  if (!segment.includes('&')) return segment;
  let amp = text.indexOf('&', start);
  let out = '';
  let last = start;
  while (amp !== -1 && amp < end) {
    const semicolon = referenceEnd(text, amp, end);
    if (semicolon === -1) fail('"&" that starts no entity reference', amp);
    const name = text.slice(amp + 1, semicolon);
    let decoded: string | undefined;
    if (name.charCodeAt(0) === 35 /* # */) {
      const code = /^#x[0-9a-fA-F]+$/.test(name)
        ? parseInt(name.slice(2), 16)
        : /^#[0-9]+$/.test(name)
          ? parseInt(name.slice(1), 10)
          : NaN;
      if (!isXmlChar(code)) fail(`invalid character reference "&${name};"`, amp);
      decoded = String.fromCodePoint(code);
    } else {
      decoded = Object.hasOwn(PREDEFINED, name) ? PREDEFINED[name] : undefined;
      if (decoded === undefined) fail(`undefined entity "&${name};"`, amp);
    }
    out += text.slice(last, amp) + decoded;
    last = semicolon + 1;
    amp = text.indexOf('&', last);
  }
  return out + text.slice(last, end);
}

/**
 * Where the `;` of the reference at `amp` is, or -1. A character reference may have any number
 * of leading zeros (`&#x0000000041;`), so its digits are scanned; an entity name is short.
 */
function referenceEnd(text: string, amp: number, end: number): number {
  if (text.charCodeAt(amp + 1) === 35 /* # */) {
    let i = amp + 2;
    if (text.charCodeAt(i) === 120 /* x */) i++;
    while (i < end && /[0-9a-fA-F]/.test(text[i]!)) i++;
    return i < end && text.charCodeAt(i) === 59 /* ; */ ? i : -1;
  }
  const semicolon = text.indexOf(';', amp + 1);
  return semicolon === -1 || semicolon >= end || semicolon - amp > 12 ? -1 : semicolon;
}

/** A code point allowed in an XML 1.0 document. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * Scans an XML Name from `start` and returns where it ends, or a value no greater than
 * `start` (the negated end) when it is empty or holds a character a name cannot. A name starts
 * with a letter, "_", ":" or any non-ASCII character, and goes on with those, digits, "-" and
 * "." (non-ASCII is accepted as a range rather than the spec's full table).
 */
function scanName(text: string, start: number): number {
  let i = start;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0x80;
    if (letter || (i > start && ((c >= 48 && c <= 57) || c === 45 || c === 46))) continue;
    if (i > start && (isSpace(c) || c === GT || c === SLASH || c === EQUALS)) return i;
    return -i;
  }
  return i > start ? i : -i;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

function isWhitespace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Whitespace that cannot end up in a value: anywhere in an element that already has children
 * (its text must be whitespace only, and is dropped). Skipping it spares a slice, a
 * concatenation and a second scan per indentation run. Whitespace before the first child must
 * be kept: the child may turn out empty, and the element a leaf whose text includes it.
 */
function isIndentation(text: string, start: number, end: number, top: Frame): boolean {
  return top.children !== undefined && isWhitespace(text, start, end);
}

/** Why text before or after the root is wrong; names the likely cause for a JSON body. */
function outsideRootMessage(text: string, pos: number, afterRoot: boolean): string {
  if (afterRoot) return 'text after the root element';
  let i = pos;
  while (isSpace(text.charCodeAt(i))) i++;
  const first = text[i];
  return first === '{' || first === '['
    ? `the body starts with "${first}", not an element (JSON sent with an XML Content-Type?)`
    : `the body starts with text, not an element`;
}
