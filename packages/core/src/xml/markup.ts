import { isSpace } from './chars.js';
import { type Fail, quoted } from './fail.js';
import { scanName } from './names.js';

// The markup that carries no data: comments, processing instructions, the XML declaration.

/**
 * Skips the comment whose `<!--` is at `lt`; returns the position after its `-->`. XML forbids
 * "--" inside a comment, so the first "--" must be the end (which also rejects `--->`).
 */
export function skipComment(text: string, lt: number, fail: Fail): number {
  const dashes = text.indexOf('--', lt + 4);
  if (dashes === -1) fail('the document ends inside a comment', lt);
  if (text.charCodeAt(dashes + 2) !== 62 /* > */) fail('"--" inside a comment', dashes);
  return dashes + 3;
}

/**
 * Skips the processing instruction whose `<?` is at `lt` (not the XML declaration: the caller
 * reads that); returns the position after its `?>`. The target is a name, followed by
 * whitespace or `?>`, and never `xml` in any case (reserved for the declaration).
 */
export function skipProcessingInstruction(text: string, lt: number, fail: Fail): number {
  const targetEnd = scanName(text, lt + 2);
  if (targetEnd === lt + 2) fail('a processing instruction without a target name', lt);
  const target = text.slice(lt + 2, targetEnd);
  if (target.length === 3 && target.toLowerCase() === 'xml') {
    fail(target === 'xml' ? 'an XML declaration is only allowed at the very start' : `the processing instruction target ${quoted(target)} is reserved`, lt);
  }
  const after = text.charCodeAt(targetEnd);
  if (after === 63 /* ? */ && text.charCodeAt(targetEnd + 1) === 62 /* > */) return targetEnd + 2;
  if (targetEnd >= text.length) fail('the document ends inside a processing instruction', lt);
  if (!isSpace(after)) fail(`the processing instruction target ${quoted(target)} must be followed by whitespace or "?>"`, targetEnd);
  const end = text.indexOf('?>', targetEnd + 1);
  if (end === -1) fail('the document ends inside a processing instruction', lt);
  return end + 2;
}

/** One `name="value"` of the XML declaration, or the declaration's end (`name` undefined). */
interface PseudoAttribute {
  name: string | undefined;
  value: string;
  /** Where the attribute started (for messages), or the `?`. */
  at: number;
  /** The position after the value's closing quote, or after `?>`. */
  end: number;
}

/**
 * Reads the XML declaration at the start of `text` (`<?xml` followed by whitespace or `?`) and
 * returns the position after it. Exactly the grammar: `version="1.x"`, then optionally
 * `encoding`, then optionally `standalone="yes|no"`, in that order, each after whitespace. The
 * encoding must name UTF-8: the body is read as UTF-8, and a document that says otherwise is
 * one a parser honouring its declaration would read as other text (XML 1.0 §4.3.3 makes it a
 * fatal error).
 */
export function readDeclaration(text: string, fail: Fail): number {
  let attribute = pseudoAttribute(text, 5, fail);
  if (attribute.name !== 'version') fail('the XML declaration must begin with version="1.x"', attribute.at);
  if (!/^1\.[0-9]+$/.test(attribute.value)) fail(`the XML version must be 1.x, not ${quoted(attribute.value)}`, attribute.at);
  attribute = pseudoAttribute(text, attribute.end, fail);
  if (attribute.name === 'encoding') {
    if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(attribute.value)) fail(`invalid encoding name ${quoted(attribute.value)}`, attribute.at);
    if (attribute.value.toLowerCase() !== 'utf-8') fail(`the encoding ${quoted(attribute.value)} is not UTF-8, which the body is read as`, attribute.at);
    attribute = pseudoAttribute(text, attribute.end, fail);
  }
  if (attribute.name === 'standalone') {
    if (attribute.value !== 'yes' && attribute.value !== 'no') fail(`standalone must be "yes" or "no", not ${quoted(attribute.value)}`, attribute.at);
    attribute = pseudoAttribute(text, attribute.end, fail);
  }
  if (attribute.name !== undefined) {
    fail(`unexpected ${quoted(attribute.name)} in the XML declaration (version, encoding, standalone, in that order)`, attribute.at);
  }
  return attribute.end;
}

/** The next pseudo-attribute of the declaration from `from`, or its end. */
function pseudoAttribute(text: string, from: number, fail: Fail): PseudoAttribute {
  let i = from;
  while (isSpace(text.charCodeAt(i))) i++;
  if (text.startsWith('?>', i)) return { name: undefined, value: '', at: i, end: i + 2 };
  if (i >= text.length) fail('the document ends inside the XML declaration', 0);
  if (i === from) fail('whitespace is required between the parts of the XML declaration', i);
  const at = i;
  i = scanName(text, at);
  if (i === at) fail('unexpected character in the XML declaration', at);
  const name = text.slice(at, i);
  while (isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 61 /* = */) fail(`${quoted(name)} without "=" in the XML declaration`, i);
  i++;
  while (isSpace(text.charCodeAt(i))) i++;
  const quote = text[i];
  if (quote !== '"' && quote !== "'") fail(`the value of ${quoted(name)} in the XML declaration must be quoted`, i);
  const close = text.indexOf(quote!, i + 1);
  if (close === -1) fail('the document ends inside the XML declaration', 0);
  return { name, value: text.slice(i + 1, close), at, end: close + 1 };
}
