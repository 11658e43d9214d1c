import { addKnownName } from './known-names.js';
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
  for (const key of keys) addKnownName(key);
  const schemas = keys.map((key) => entries[key]!);
  const optional = schemas.map(isOptional);
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

/** True for valibot's wrappers that let an entry be absent: optional, exact_optional, nullish. */
export function isOptional(schema: SchemaLike): boolean {
  return schema.type === 'optional' || schema.type === 'exact_optional' || schema.type === 'nullish';
}

/** An entry's default value (valibot's `getDefault`). */
export function defaultOf(schema: SchemaLike): unknown {
  return typeof schema.default === 'function' ? (schema.default as () => unknown)() : schema.default;
}

/**
 * The positions of the entries that checking `object` visits, in the schema's order (the order
 * valibot reports issues in): those it has (its own keys, by for…in, so no list of them is
 * made) and those visited anyway; undefined when there are none.
 */
export function entriesToVisit(plan: EntryPlan, object: Record<string, unknown>): readonly number[] | undefined {
  let visit: number[] | undefined;
  // A list has no named keys of its own (the readers make none), and its indexes name no entry.
  if (!Array.isArray(object)) {
    for (const key in object) {
      const i = plan.position.get(key);
      if (i === undefined || plan.isAlways[i] || !Object.hasOwn(object, key)) continue;
      visit ??= [];
      visit.push(i);
    }
  }
  if (visit === undefined) return plan.always.length === 0 ? undefined : plan.always;
  for (const i of plan.always) visit.push(i);
  insertionSort(visit);
  return visit;
}

/** Sorts a few positions in place (a comparator sort costs more than the walk on small lists). */
function insertionSort(list: number[]): void {
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]! > item) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
}
