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

/** True for an element with children (a JSON object), not text and not a list. */
export function isRawObject(value: unknown): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
