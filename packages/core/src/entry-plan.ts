import type { SchemaLike } from './schema-like.js';

/**
 * An object schema's entries by position, worked out once per schema for both walkers (coerce()
 * and the issue collector). A node schema names dozens of fields and an item carries a few, so
 * both walk the item's own keys and look each up here instead of probing the item for every
 * entry: a body of 500,000 one-field jobs costs one pass over what it holds, not 13 lookups a job.
 */
export interface EntryPlan {
  /** The entries' keys, in the schema's order (the order valibot reports issues in). */
  keys: readonly string[];
  /** The entries' schemas, by position. */
  schemas: readonly SchemaLike[];
  /** Each key's position. */
  position: ReadonlyMap<string, number>;
  /** Whether an absent entry is fine (optional, exact_optional, nullish), by position. */
  optional: readonly boolean[];
  /** Positions of the entries visited whether present or not: required ones, and optional ones with a default. */
  always: readonly number[];
  /** Whether a position is in `always`. */
  isAlways: readonly boolean[];
  /** How many entries are required. */
  required: number;
  /** Positions of the `optional` entries that have a default. */
  defaults: readonly number[];
}

// Kept on the entries object under a symbol (which valibot's `for…in` over entries never sees):
// both walkers ask once per object of the body, and a WeakMap lookup per object showed in profiles.
const PLAN = Symbol('wanxiang.entryPlan');

/** The plan of an object schema's `entries`. */
export function entryPlanOf(entries: Record<string, SchemaLike>): EntryPlan {
  let plan = (entries as { [PLAN]?: EntryPlan })[PLAN];
  if (plan !== undefined) return plan;
  const keys = Object.keys(entries);
  const schemas = keys.map((key) => entries[key]!);
  const optional = schemas.map((entry) => entry.type === 'optional' || entry.type === 'exact_optional' || entry.type === 'nullish');
  const defaults = keys.flatMap((_, i) => (schemas[i]!.type === 'optional' && schemas[i]!.default !== undefined ? [i] : []));
  const always = keys.flatMap((_, i) => (!optional[i] || defaults.includes(i) ? [i] : []));
  plan = {
    keys,
    schemas,
    position: new Map(keys.map((key, i) => [key, i])),
    optional,
    always,
    isAlways: keys.map((_, i) => always.includes(i)),
    required: optional.filter((fine) => !fine).length,
    defaults,
  };
  Object.defineProperty(entries, PLAN, { value: plan });
  return plan;
}

/** An entry's default value (valibot's `getDefault`). */
export function defaultOf(schema: SchemaLike): unknown {
  return typeof schema.default === 'function' ? (schema.default as () => unknown)() : schema.default;
}
