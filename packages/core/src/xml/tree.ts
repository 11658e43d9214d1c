import { CallbackError } from '../errors.js';
import type { RawObject, RawValue } from '../raw.js';
import { isWhitespace } from './chars.js';
import { tag } from './fail.js';
import { elementPath } from './path.js';

/** An element being read: its name, its children so far, or its text so far. */
export interface Frame {
  name: string;
  /** Set once the first non-empty child arrives. */
  children: RawObject | undefined;
  /** Decoded text so far (leaf content); `''` when none. */
  text: string;
}

/** True when `text` is more than whitespace, so it is a value. */
export function hasText(text: string): boolean {
  return text !== '' && !isWhitespace(text, 0, text.length);
}

/** Adds a child; a name seen again turns the value into a list, in document order. */
export function addChild(parent: Frame, name: string, value: RawValue): void {
  parent.children ??= {};
  const children = parent.children;
  // Own properties only: `toString` or `valueOf` must not find Object.prototype's.
  const existing = Object.hasOwn(children, name) ? children[name] : undefined;
  if (existing === undefined) children[name] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else children[name] = [existing, value];
}

/** The dotted path of `name` opened inside `stack`: the root's name is left out, as in every issue path. */
function pathOf(stack: readonly Frame[], name: string): string {
  return elementPath([...stack.slice(1).map((frame) => frame.name), name]);
}

/** `INVALID_CALLBACK` for an element name that would reach an object's prototype. */
export function forbiddenNameError(stack: readonly Frame[], name: string): CallbackError {
  return new CallbackError('INVALID_CALLBACK', `Element name "${name}" is not allowed`, [
    { path: pathOf(stack, name), message: `element name "${name}" is not allowed (it could reach an object's prototype)` },
  ]);
}

/** `INVALID_CALLBACK` for `frame` (just closed, no longer on `stack`) holding text and child elements. */
export function mixedContentError(stack: readonly Frame[], frame: Frame): CallbackError {
  return new CallbackError('INVALID_CALLBACK', `Element ${tag(frame.name)} mixes text with child elements`, [
    { path: stack.length === 0 ? '' : pathOf(stack, frame.name), message: 'text mixed with child elements' },
  ]);
}
