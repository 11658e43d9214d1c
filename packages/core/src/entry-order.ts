/** The parts of an object schema {@link entriesToVisit} reads. */
interface ObjectSchemaLike {
  entries?: Record<string, { type: string; default?: unknown }>;
}

/** An object schema's entries by position, and the positions visited whether present or not. */
interface EntryPlan {
  keys: string[];
  position: Map<string, number>;
  /** Entries that are required (a missing one is an issue) or have a default. */
  always: number[];
}

const plans = new WeakMap<object, EntryPlan>();

function planOf(schema: ObjectSchemaLike): EntryPlan {
  let plan = plans.get(schema);
  if (plan === undefined) {
    const keys = Object.keys(schema.entries ?? {});
    const always: number[] = [];
    keys.forEach((key, i) => {
      const entry = schema.entries![key]!;
      const optional = entry.type === 'optional' || entry.type === 'exact_optional' || entry.type === 'nullish';
      if (!optional || (entry.type === 'optional' && entry.default !== undefined)) always.push(i);
    });
    plan = { keys, position: new Map(keys.map((key, i) => [key, i])), always };
    plans.set(schema, plan);
  }
  return plan;
}

/**
 * The keys of `schema.entries` that checking `object` must visit, in the schema's order (the
 * order valibot reports issues in): those `object` has, the required ones and those with a
 * default. A node schema names dozens of fields and an item carries a few, so walking the
 * item's own keys instead of every entry keeps a body of 100,000 small wrong items to one pass
 * over what it holds rather than 30 lookups an item.
 */
export function entriesToVisit(schema: ObjectSchemaLike, object: object): readonly string[] {
  const plan = planOf(schema);
  const own = Object.keys(object);
  if (own.length * 2 >= plan.keys.length) return plan.keys;
  const visit = plan.always.slice();
  for (const key of own) {
    const i = plan.position.get(key);
    if (i !== undefined && !plan.always.includes(i)) visit.push(i);
  }
  if (visit.length > 1) visit.sort((a, b) => a - b);
  return visit.map((i) => plan.keys[i]!);
}
