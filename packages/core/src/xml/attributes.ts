import { isSpace } from './chars.js';
import { type Fail, quoted, tag } from './fail.js';
import { scanName } from './names.js';
import { checkAttributeValue } from './text.js';

/**
 * Checks the rest of a start tag from the end of its name at `from`: `(S Attribute)* S? ('>' | '/>')`
 * with unique attribute names and well-formed values. CI sends no attributes that matter, so
 * they are checked and dropped. Returns the position after `/>` for an empty-element tag, or
 * after `>` negated for a start tag.
 */
export function skipAttributes(text: string, name: string, from: number, fail: Fail): number {
  const length = text.length;
  let i = from;
  let first: string | undefined;
  // A set only from the second attribute on: most tags have none, and a tag with 100,000 of
  // them must not cost 100,000² comparisons.
  let seen: Set<string> | undefined;
  for (;;) {
    const spaceStart = i;
    while (i < length && isSpace(text.charCodeAt(i))) i++;
    if (i >= length) return fail(`the document ends inside the start tag ${tag(name)}`, from);
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) return -(i + 1);
    if (c === 47 /* / */) {
      if (text.charCodeAt(i + 1) !== 62) return fail(`"/" not followed by ">" in the start tag ${tag(name)}`, i);
      return i + 2;
    }
    if (i === from) return fail(`invalid character in the element name ${quoted(name)}`, i);
    if (i === spaceStart) return fail(`attributes must be separated by whitespace in ${tag(name)}`, i);
    const nameStart = i;
    i = scanName(text, i);
    if (i === nameStart) return fail(`invalid attribute name in ${tag(name)}`, nameStart);
    const attribute = text.slice(nameStart, i);
    if (first === undefined) first = attribute;
    else {
      seen ??= new Set([first]);
      if (seen.has(attribute)) return fail(`duplicate attribute ${quoted(attribute)} in ${tag(name)}`, nameStart);
      seen.add(attribute);
    }
    while (i < length && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 61 /* = */) return fail(`attribute ${quoted(attribute)} without "="`, i);
    i++;
    while (i < length && isSpace(text.charCodeAt(i))) i++;
    const quote = text.charCodeAt(i);
    if (quote !== 34 /* " */ && quote !== 39 /* ' */) return fail(`the value of attribute ${quoted(attribute)} must be quoted`, i);
    const end = text.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (end === -1) return fail('the document ends inside an attribute value', i);
    checkAttributeValue(text, i + 1, end, fail);
    i = end + 1;
  }
}
