/**
 * The tree both readers produce before schema normalization: every scalar as text (JSON
 * numbers and booleans included), arrays only where XML repeated an element or JSON had an
 * array, and nothing empty (an empty element, `""`, `null`, `{}` and `[]` are all "absent").
 */
export type RawValue = string | RawObject | RawValue[];

/** An element with children, or a JSON object. */
export interface RawObject {
  [key: string]: RawValue;
}

/**
 * Names that would reach `Object.prototype` (or be mistaken for it) when a consumer merges
 * the event into another object. CI never sends them, so both readers reject them.
 */
export const forbiddenNames: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// The first character of each forbidden name: both readers ask for every key and element name,
// and a Set lookup hashes each one (a sixth of the JSON reader's key time); CI's names start
// with a capital letter, so nearly every one is ruled out by its first character.
const FORBIDDEN_FIRST = new Uint8Array(128);
for (const name of forbiddenNames) FORBIDDEN_FIRST[name.charCodeAt(0)] = 1;

/** True for a name in {@link forbiddenNames}. */
export function isForbiddenName(name: string): boolean {
  const first = name.charCodeAt(0);
  return first < 128 && FORBIDDEN_FIRST[first] === 1 && forbiddenNames.has(name);
}

/** True for an element with children (a JSON object), not text and not a list. */
export function isRawObject(value: unknown): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
