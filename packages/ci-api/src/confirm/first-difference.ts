import { excerpt } from '@wanxiang/core';

/** A field whose value in the callback is not CI's. */
export interface Difference {
  /** Its dotted path below the compared unit (`State`, `Input.Object`). */
  field: string;
  /** `State is Failed at CI, Success in the callback`. */
  reason: string;
}

/**
 * The first of `fields` (dotted paths) the callback has and CI's record does not have the
 * same, or `undefined`. A field the callback leaves out is not compared: a callback may carry
 * less than CI's record; whatever it does carry must be CI's, so a field CI's record lacks differs.
 */
export function firstDifference(callback: object, record: object, fields: readonly string[]): Difference | undefined {
  for (const field of fields) {
    const claimed = read(callback, field);
    if (claimed === undefined) continue;
    const actual = read(record, field);
    if (actual === claimed) continue;
    const atCi = actual === undefined ? 'absent at CI' : `${quote(actual)} at CI`;
    return { field, reason: `${field} is ${atCi}, ${quote(claimed)} in the callback` };
  }
  return undefined;
}

function read(root: object, path: string): string | undefined {
  let value: unknown = root;
  for (const step of path.split('.')) value = typeof value === 'object' && value !== null && Object.hasOwn(value, step) ? (value as Record<string, unknown>)[step] : undefined;
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function quote(value: string): string {
  return JSON.stringify(excerpt(value));
}
