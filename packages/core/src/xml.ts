import { DistinctNames } from './distinct-names.js';
import { CallbackError } from './errors.js';
import { knownName } from './known-names.js';
import { DEFAULT_MAX_NAMES } from './options.js';
import { describePosition } from './position.js';
import { isForbiddenName, type RawValue } from './raw.js';
import { skipAttributes } from './xml/attributes.js';
import { codeUnitName, forbiddenChar, isSpace, isWhitespace, loneSurrogate } from './xml/chars.js';
import { endTag, type Fail, tag } from './xml/fail.js';
import { readDeclaration, skipComment, skipProcessingInstruction } from './xml/markup.js';
import { scanName } from './xml/names.js';
import { decodeText, normalizeLineEnds } from './xml/text.js';
import { addChild, type Frame, forbiddenNameError, hasText, mixedContentError } from './xml/tree.js';

// A strict, single-pass, non-recursive reader for the XML that CI sends. It builds the raw
// tree directly (no DOM, no second "simplify" pass) and accepts exactly the well-formed XML 1.0
// documents without a DOCTYPE: a compliant parser and this reader must never disagree on what a
// body says (the differential test holds it to saxes). DOCTYPE is rejected outright, and with it
// every entity declaration. The explicit stack replaces recursion, so depth is bounded by
// `maxDepth`, not by the JavaScript stack.

const GT = 62; // >
const SLASH = 47; // /
const QUESTION = 63; // ?
const BANG = 33; // !

/** The root element's name and content, as {@link readXml} returns it. */
export interface XmlDocument {
  root: string;
  value: RawValue | undefined;
}

/**
 * Reads an XML callback body into the raw tree. Repeated elements become arrays, a leaf
 * becomes its decoded text (line ends read as LF, as XML defines them), an empty element is
 * left out. `text` is the body without its byte order mark; `wellFormed` says it holds no lone
 * surrogate (it was decoded from UTF-8), so it is not searched for one.
 *
 * @throws CallbackError `MALFORMED_XML` for anything that is not a well-formed XML 1.0
 *   document without DOCTYPE (or that declares an encoding other than UTF-8); `TOO_DEEP` beyond
 *   `maxDepth`, and `TOO_MANY_NAMES` past `maxNames` distinct element names, as soon as it is
 *   reached; `INVALID_CALLBACK`, once the whole document proved
 *   well-formed, for an element name that would reach an object's prototype or for text mixed
 *   with child elements.
 */
export function readXml(text: string, maxDepth: number, maxNames: number = DEFAULT_MAX_NAMES, wellFormed = false): XmlDocument {
  const length = text.length;
  const names = new DistinctNames(maxNames, 'element names');
  const stack: Frame[] = [];
  let document: XmlDocument | undefined;
  // The first INVALID_CALLBACK found, thrown only after the last byte was read: a body that is
  // not well-formed is MALFORMED_XML whatever names it uses. Once set, nothing more is added to
  // the tree (which will never be returned), so a forbidden name never becomes a key.
  let invalid: CallbackError | undefined;
  let pos = 0;

  const fail: Fail = (message, at) => {
    throw new CallbackError('MALFORMED_XML', `Malformed XML: ${message} at ${describePosition(text, at)}`);
  };

  // Native scans for characters XML 1.0 forbids anywhere.
  const forbidden = forbiddenChar(text);
  if (forbidden !== -1) fail(`the character ${codeUnitName(text, forbidden)} is not allowed in XML`, forbidden);
  const surrogate = wellFormed ? -1 : loneSurrogate(text);
  if (surrogate !== -1) fail(`the lone surrogate ${codeUnitName(text, surrogate)} is not allowed in XML`, surrogate);
  // Most bodies have no CR and no "]]>": their text then needs a look for "&" only.
  const plain = !text.includes('\r') && !text.includes(']]>');

  if (text.startsWith('<?xml') && (isSpace(text.charCodeAt(5)) || text.charCodeAt(5) === QUESTION)) pos = readDeclaration(text, fail);

  while (pos < length) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt === -1 ? length : lt;
    if (textEnd > pos) {
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (!isWhitespace(text, pos, textEnd)) fail(outsideRootMessage(text, pos, document !== undefined), pos);
      } else if (!isIndentation(text, pos, textEnd, top)) {
        top.text += decodeText(text, pos, textEnd, plain, fail);
      }
    }
    if (lt === -1) break;

    const next = text.charCodeAt(lt + 1);
    if (next === SLASH) {
      // End tag: `</name S? >`. Compared in place: the usual case is an exact match, and
      // slicing every end tag's name costs more than the check.
      const frame = stack.pop();
      let i = lt + 2;
      const matches = frame !== undefined && text.startsWith(frame.name, i);
      if (matches) {
        i += frame.name.length;
        while (isSpace(text.charCodeAt(i))) i++;
      }
      if (!matches || text.charCodeAt(i) !== GT) failEndTag(text, lt, i, frame, fail);
      const value = frame!.children ?? (hasText(frame!.text) ? frame!.text : undefined);
      if (frame!.children !== undefined && hasText(frame!.text)) invalid ??= mixedContentError(stack, frame!);
      const parent = stack[stack.length - 1];
      if (parent === undefined) document = { root: frame!.name, value };
      else if (value !== undefined && invalid === undefined) addChild(parent, frame!.name, value);
      pos = i + 1;
    } else if (next === QUESTION) {
      pos = skipProcessingInstruction(text, lt, fail);
    } else if (next === BANG) {
      if (text.startsWith('!--', lt + 1)) {
        pos = skipComment(text, lt, fail);
      } else if (text.startsWith('![CDATA[', lt + 1)) {
        const top = stack[stack.length - 1];
        if (top === undefined) fail('CDATA outside the root element', lt);
        const end = text.indexOf(']]>', lt + 9);
        if (end === -1) fail('the document ends inside a CDATA section', lt);
        top!.text += normalizeLineEnds(text.slice(lt + 9, end));
        pos = end + 3;
      } else if (/^!doctype/i.test(text.slice(lt + 1, lt + 9))) {
        // DTDs are where entity expansion ("billion laughs") and external entities live.
        fail('DOCTYPE declarations are not allowed', lt);
      } else {
        fail('"<!" that starts no comment or CDATA section', lt);
      }
    } else {
      // Start tag: `<name (S attr="v")* S? >` or `... />`.
      const nameEnd = scanName(text, lt + 1);
      if (nameEnd === lt + 1) fail(lt + 1 >= length ? 'the document ends after "<"' : `a "<" that starts no tag (${codeUnitName(text, lt + 1)} cannot begin a name)`, lt);
      const name = names.intern(knownName(text, lt + 1, nameEnd) ?? text.slice(lt + 1, nameEnd), text, lt);
      if (document !== undefined && stack.length === 0) fail(`a second root element ${tag(name)}`, lt);
      if (isForbiddenName(name)) invalid ??= forbiddenNameError(stack, name);
      if (stack.length >= maxDepth) {
        throw new CallbackError('TOO_DEEP', `Elements are nested deeper than ${maxDepth} levels at ${describePosition(text, lt)}`);
      }
      const selfClosing = skipAttributes(text, name, nameEnd, fail);
      // Most elements are leaves, `<Name>text</Name>`: read them here without a frame, which
      // made large bodies cost more per byte (every frame was garbage to collect).
      const parent = stack[stack.length - 1];
      if (selfClosing < 0 && parent !== undefined) {
        const contentStart = -selfClosing;
        const close = text.indexOf('<', contentStart);
        const afterName = close + 2 + name.length;
        if (close !== -1 && text.charCodeAt(close + 1) === SLASH && text.charCodeAt(afterName) === GT && text.startsWith(name, close + 2)) {
          const content = close > contentStart ? decodeText(text, contentStart, close, plain, fail) : '';
          if (invalid === undefined && hasText(content)) addChild(parent, name, content);
          pos = afterName + 1;
          continue;
        }
      }
      if (selfClosing > 0) {
        // `<name/>` is an empty element: absent, but it still counts as the root if it is one.
        if (stack.length === 0) document = { root: name, value: undefined };
        pos = selfClosing;
      } else {
        stack.push({ name, children: undefined, text: '' });
        pos = -selfClosing;
      }
    }
  }

  const open = stack[stack.length - 1];
  if (open !== undefined) fail(`the document ends before ${endTag(open.name)}`, length);
  if (document === undefined) fail('no root element', 0);
  if (invalid !== undefined) throw invalid;
  return document!;
}

/** Fails for the end tag at `lt` that is not `</name S? >` closing `frame`; `at` is where reading stopped. */
function failEndTag(text: string, lt: number, at: number, frame: Frame | undefined, fail: Fail): never {
  const name = text.slice(lt + 2, scanName(text, lt + 2));
  if (name === '') return fail(at >= text.length ? 'the document ends inside an end tag' : 'an end tag without a name', lt);
  if (frame === undefined) return fail(`end tag ${endTag(name)} without a start tag`, lt);
  if (name !== frame.name) return fail(`end tag ${endTag(name)} does not match ${tag(frame.name)}`, lt);
  return fail(at >= text.length ? 'the document ends inside an end tag' : `unexpected character in the end tag ${endTag(name)} (end tags have no attributes)`, at);
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
  return first === '{' || first === '[' ? `the body starts with "${first}", not an element (JSON sent with an XML Content-Type?)` : `the body starts with text, not an element`;
}
