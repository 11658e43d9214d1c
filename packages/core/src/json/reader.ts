import { DistinctNames } from '../distinct-names.js';
import { CallbackError } from '../errors.js';
import { excerpt } from '../excerpt.js';
import { describePosition } from '../position.js';
import { isForbiddenName, type RawObject, type RawValue } from '../raw.js';
import { isNumberChar, numberEnd } from './number.js';
import { SeenKeys } from './seen-keys.js';
import { singleMember } from './single-member.js';
import { hex4, readString, stringEnd } from './string.js';

// A strict RFC 8259 reader that builds the raw tree in the same single pass, with an explicit
// stack instead of recursion (depth bounded by `maxDepth`, not by the JavaScript stack). It
// never materialises what the tree leaves out: an object or list is created at its first
// non-empty member, so `[{},{},…]` or `{"a":null,…}` cost no more than their text. Strictness
// beyond `JSON.parse`: a duplicate key, and a list directly inside a list (see `open`).

const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;

/** From this many items on, a list's scratch array becomes the list itself (see `close`). */
const HAND_OVER = 4096;

/** One open object or list. Frames are kept per depth and reused, so reading allocates none per container. */
interface Frame {
  array: boolean;
  /**
   * The non-empty items so far (array frames): a scratch list kept with the frame, copied to
   * an exactly sized list when the array closes. A list grown by push() reserves up to half
   * again its length (17 slots for one item), which made `[{"a":[1,2]},…]` cost 23× its text.
   */
  items: RawValue[];
  /** How many of `items` belong to the array being read. */
  count: number;
  /** How many non-empty members the object has so far (object frames). */
  members: number;
  /** The first non-empty member, held here until a second one arrives: one-member objects are built smaller (see single-member.ts). */
  firstKey: string;
  firstValue: RawValue | undefined;
  /** The object so far (an object frame), created at its second non-empty member. */
  object: RawObject | undefined;
  /** The key whose value is being read (object frames). */
  key: string;
  /** The position of the item being read, empty ones counted (array frames), for paths. */
  index: number;
  /** Every key of the object so far, empty-valued ones included, for duplicates. */
  keys: SeenKeys;
}

/** Reads one JSON text into the raw tree; see `readJson` for the contract. */
export function readJsonTree(text: string, maxDepth: number, maxNames: number): RawValue | undefined {
  const length = text.length;
  const names = new DistinctNames(maxNames, 'keys');
  const frames: Frame[] = [];
  let depth = 0;
  /** The error for the first list directly inside a list, thrown once the whole text is read. */
  let nested: CallbackError | undefined;

  const fail = (message: string, at: number): never => {
    const hint = /^[ \t\n\r]*</.test(text) ? ' (XML sent with a JSON Content-Type?)' : '';
    throw new CallbackError('MALFORMED_JSON', `Malformed JSON: ${message} at ${describePosition(text, at)}${hint}`);
  };

  /** The dotted path of the value being read, each body-chosen segment bounded and escaped. */
  const path = (): string => {
    const segments: string[] = [];
    for (let d = 0; d < depth; d++) segments.push(frames[d]!.array ? String(frames[d]!.index) : excerpt(frames[d]!.key));
    return excerpt(segments.join('.'), 1024);
  };

  const open = (array: boolean, at: number): Frame => {
    if (depth >= maxDepth) {
      const where = path();
      throw new CallbackError('TOO_DEEP', `JSON is nested deeper than ${maxDepth} levels at ${where || 'the root'} (${describePosition(text, at)})`);
    }
    // A list directly inside a list has no XML form (repeated elements make one flat list), and
    // CI sends none (no corpus body has one). Flattening it would make the event disagree with
    // the forwarded body about its structure, and keeping it would give a tree no XML body can
    // give; so it is rejected. Like every shape error, only once the text is known to be
    // well-formed and within `maxDepth` (`[[[…` 100,000 deep is TOO_DEEP): the rest is read for
    // syntax and depth only, and nothing more is kept.
    if (array && depth > 0 && frames[depth - 1]!.array && nested === undefined) {
      const where = path();
      nested = new CallbackError('INVALID_CALLBACK', `A JSON list directly inside a list is not allowed at ${where} (${describePosition(text, at)})`, [
        { path: where, message: 'a list directly inside a list (no callback has one, and XML cannot carry it)' },
      ]);
    }
    let frame = frames[depth];
    if (frame === undefined) {
      frame = { array, items: [], count: 0, members: 0, firstKey: '', firstValue: undefined, object: undefined, key: '', index: 0, keys: new SeenKeys() };
      frames[depth] = frame;
    } else {
      frame.array = array;
      frame.count = 0;
      frame.members = 0;
      frame.object = undefined;
      frame.key = '';
      frame.index = 0;
      if (!array) frame.keys.reset();
    }
    depth++;
    return frame;
  };

  const close = (): RawValue | undefined => {
    const frame = frames[--depth]!;
    if (frame.array) {
      if (frame.count === 0) return undefined;
      if (frame.count < HAND_OVER) return frame.items.slice(0, frame.count);
      // A long list is handed over, cut to its length in place, rather than copied: a copy
      // held the list twice at its peak (a body of 500,000 tiny items, 4 MB more).
      const items = frame.items;
      items.length = frame.count;
      frame.items = [];
      return items;
    }
    if (frame.members < 2) {
      const first = frame.firstValue;
      frame.firstValue = undefined;
      return first === undefined ? undefined : singleMember(frame.firstKey, first);
    }
    const object = frame.object;
    frame.object = undefined;
    return object;
  };

  /** Reads `"key" :` at `at` into the frame; returns where the value starts. */
  const readKey = (frame: Frame, at: number): number => {
    if (text.charCodeAt(at) !== QUOTE) {
      const c = text.charCodeAt(at);
      if (c === RBRACE) fail('a trailing comma before "}"', at);
      fail(at >= length ? 'the document ends where a key is expected' : `${describeChar(text, at)} where a key in double quotes is expected`, at);
    }
    const key = names.intern(readString(text, at, fail, true), text, at);
    frame.key = key;
    if (isForbiddenName(key)) {
      const where = path();
      throw new CallbackError('INVALID_CALLBACK', `Key "${key}" is not allowed`, [{ path: where, message: `key "${key}" is not allowed (it could reach an object's prototype)` }]);
    }
    if (!frame.keys.add(key, frame.object, frame.members === 1 ? frame.firstKey : undefined)) {
      // `JSON.parse` keeps the last value, other readers the first: the receiver and whoever it
      // forwards the body to would see different values, so neither is chosen.
      const where = path();
      throw new CallbackError('MALFORMED_JSON', `Malformed JSON: duplicate key "${excerpt(key)}" at ${where} (${describePosition(text, at)})`, [
        { path: where, message: `duplicate key "${excerpt(key)}"` },
      ]);
    }
    const colon = skipSpace(text, stringEnd);
    if (text.charCodeAt(colon) !== COLON) fail(colon >= length ? 'the document ends before ":"' : `${describeChar(text, colon)} where ":" is expected`, colon);
    return skipSpace(text, colon + 1);
  };

  let pos = skipSpace(text, 0);
  if (pos >= length) fail('the document is empty', pos);
  for (;;) {
    // A value starts at `pos`.
    let value: RawValue | undefined;
    const c = text.charCodeAt(pos);
    if (c === LBRACE) {
      const frame = open(false, pos);
      pos = skipSpace(text, pos + 1);
      if (text.charCodeAt(pos) !== RBRACE) {
        pos = readKey(frame, pos);
        continue;
      }
      pos++;
      value = close();
    } else if (c === LBRACKET) {
      open(true, pos);
      pos = skipSpace(text, pos + 1);
      if (text.charCodeAt(pos) !== RBRACKET) continue;
      pos++;
      value = close();
    } else if (c === QUOTE) {
      const string = readString(text, pos, fail);
      pos = stringEnd;
      value = isBlank(string) ? undefined : string;
    } else if (c === MINUS || (c >= 0x30 && c <= 0x39)) {
      const end = numberEnd(text, pos);
      if (end < 0) fail(`invalid number "${excerpt(text.slice(pos, pos + 24))}"`, pos);
      if (isNumberChar(text.charCodeAt(end))) fail(`invalid number "${excerpt(text.slice(pos, end + 24))}"`, pos);
      // The number's own text, as XML would carry it: `1.50`, `-0` and a 20-digit JobId keep
      // their digits, so a callback's XML and JSON give the same tree (and idempotency key).
      value = text.slice(pos, end);
      pos = end;
    } else if (text.startsWith('true', pos)) {
      value = 'true';
      pos += 4;
    } else if (text.startsWith('false', pos)) {
      value = 'false';
      pos += 5;
    } else if (text.startsWith('null', pos)) {
      pos += 4;
    } else if (pos >= length) {
      fail('the document ends where a value is expected', pos);
    } else {
      const afterComma = (c === RBRACKET || c === RBRACE) && text.charCodeAt(skipSpaceBack(text, pos)) === COMMA;
      fail(afterComma ? `a trailing comma before ${describeChar(text, pos)}` : `${describeChar(text, pos)} where a value is expected`, pos);
    }

    // A value ended: add it to its container, then read what follows it.
    for (;;) {
      if (depth === 0) {
        pos = skipSpace(text, pos);
        if (pos < length) fail(`${describeChar(text, pos)} after the JSON value`, pos);
        if (nested !== undefined) throw nested;
        return value;
      }
      const frame = frames[depth - 1]!;
      if (nested !== undefined) {
        // The body is rejected already: nothing more is built (duplicate keys go unnoticed).
      } else if (value !== undefined) {
        if (frame.array) frame.items[frame.count++] = value;
        else addMember(frame, value);
      } else if (!frame.array) {
        frame.keys.empty(frame.key);
      }
      pos = skipSpace(text, pos);
      const next = text.charCodeAt(pos);
      if (next === COMMA) {
        pos = skipSpace(text, pos + 1);
        if (frame.array) frame.index++;
        else pos = readKey(frame, pos);
        break;
      }
      if (next === (frame.array ? RBRACKET : RBRACE)) {
        pos++;
        value = close();
        continue;
      }
      const expected = frame.array ? '"," or "]"' : '"," or "}"';
      fail(pos >= length ? `the document ends where ${expected} is expected` : `${describeChar(text, pos)} where ${expected} is expected`, pos);
    }
  }
}

/** Adds a non-empty member to an object frame; the object itself is made at the second one. */
function addMember(frame: Frame, value: RawValue): void {
  const members = frame.members++;
  if (members === 0) {
    frame.firstKey = frame.key;
    frame.firstValue = value;
    return;
  }
  if (members === 1) {
    const object: RawObject = {};
    object[frame.firstKey] = frame.firstValue!;
    frame.firstValue = undefined;
    frame.object = object;
  }
  frame.object![frame.key] = value;
}

/**
 * JSON's whitespace: space, tab, LF and CR, nothing else (no BOM, no U+00A0). Most runs are one
 * space (after ":") or none, read by hand; a longer one (indentation) by one sticky regex call,
 * which beats a loop from a few characters on.
 */
function skipSpace(text: string, from: number): number {
  let c = text.charCodeAt(from);
  if (c > 0x20 || (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)) return from;
  c = text.charCodeAt(from + 1);
  if (c > 0x20 || (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)) return from + 1;
  SPACE.lastIndex = from + 2;
  SPACE.test(text);
  return SPACE.lastIndex;
}
const SPACE = /[ \t\n\r]*/y;

/** The offset of the last non-whitespace character before `before` (-1 when none); only for messages. */
function skipSpaceBack(text: string, before: number): number {
  let i = before - 1;
  while (i >= 0 && /[ \t\n\r]/.test(text[i]!)) i--;
  return i;
}

/** The character at `at`, quoted and escaped for a message. */
function describeChar(text: string, at: number): string {
  const code = text.codePointAt(at)!;
  return code < 0x20 ? `the control character U+${hex4(code)}` : `"${excerpt(String.fromCodePoint(code))}"`;
}

/**
 * Whitespace-only text counts as empty, as an XML element holding only whitespace does — XML's
 * whitespace (space, tab, CR, LF), not `trim()`'s, so `"\u00a0"` is kept in both formats.
 */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}
