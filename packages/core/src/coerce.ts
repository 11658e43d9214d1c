import { defaultOf, entryPlanOf } from './entry-plan.js';
import { isRawObject } from './raw.js';
import type { SchemaLike } from './schema-like.js';
import { SingleElement } from './schemas/fields/node.js';
import { isNumeric, Numeric } from './schemas/fields/numeric.js';
import { Text } from './schemas/fields/text.js';
import { variantPlanOf } from './variant-plan.js';

/** What {@link coerce} returns when a value does not fit its schema. */
export const MISFIT: unique symbol = Symbol('misfit');

/**
 * The fast path of normalization: turns a raw tree into the event a schema describes *in place*
 * (text to numbers, one element to a one-item list, defaults filled in) instead of building a
 * second object graph, which made large bodies cost more per byte than small ones. It reads the
 * same valibot schemas, for the shapes they are built from (`node`, `list`, `Text`, `Numeric`,
 * loose objects, literals, variants, picklists, records); anything else, and any value that does
 * not fit, answers {@link MISFIT}, and the caller lets valibot parse a fresh copy of the tree for
 * the exact issues. Equality with valibot's output is pinned by tests over the whole corpus.
 */
export function coerce(schema: SchemaLike, input: unknown): unknown {
  if (schema === (Text as unknown)) {
    if (typeof input === 'string') return input;
    return typeof input === 'number' || typeof input === 'boolean' ? String(input) : MISFIT;
  }
  if (schema === (Numeric as unknown)) return isNumeric(input) ? Number(input) : MISFIT;
  const pipe = schema.pipe;
  if (pipe !== undefined) return coercePipe(pipe, input);
  switch (schema.type) {
    case 'loose_object':
      return isRawObject(input) ? coerceEntries(schema.entries!, input) : MISFIT;
    case 'literal':
      return input === schema.literal ? input : MISFIT;
    case 'picklist':
      return schema.options!.includes(input) ? input : MISFIT;
    case 'variant':
      return coerceVariant(schema, input);
    case 'union':
      return coerceUnion(schema.options as SchemaLike[], input);
    case 'record':
      return (schema.key as SchemaLike).type === 'string' && isRawObject(input) ? coerceRecord(schema.value!, input) : MISFIT;
    default:
      return MISFIT;
  }
}

function coercePipe(pipe: SchemaLike[], input: unknown): unknown {
  const head = pipe[0]!;
  // node(): one element (not a repeated one), then a loose object of optional children.
  if (head === (SingleElement as unknown) && pipe.length === 2) {
    return isRawObject(input) ? coerceEntries(pipe[1]!.entries!, input) : MISFIT;
  }
  // list(): one value or many, always a list.
  if (head.type === 'unknown' && pipe.length === 3 && pipe[2]!.type === 'array') {
    const items = Array.isArray(input) ? input : [input];
    const item = pipe[2]!.item!;
    for (let i = 0; i < items.length; i++) {
      const value = coerce(item, items[i]);
      if (value === MISFIT) return MISFIT;
      items[i] = value;
    }
    return items;
  }
  // Another schema with checks after it: only the checks this library uses.
  let value = coerce(head, input);
  for (let i = 1; i < pipe.length && value !== MISFIT; i++) {
    const action = pipe[i]!;
    if (action.type === 'min_length') {
      if ((value as { length: number }).length < (action.requirement as number)) value = MISFIT;
    } else value = MISFIT;
  }
  return value;
}

function coerceEntries(entries: Record<string, SchemaLike>, object: Record<string, unknown>): unknown {
  const plan = entryPlanOf(entries);
  let required = 0;
  let defaulted = 0;
  // The object's own keys, each looked up in the plan: a job carries a few of the dozens of
  // fields its schema names. Children the schema does not name stay as they came, as in
  // valibot's loose objects.
  // for…in, not Object.keys(): no list per object (a body of 500,000 small jobs made 500,000).
  // An inherited key (a polluted Object.prototype) is never taken for a field.
  for (const key in object) {
    const i = plan.position.get(key);
    if (i === undefined || !Object.hasOwn(object, key)) continue;
    let schema = plan.schemas[i]!;
    if (!plan.optional[i]) required++;
    else if (schema.type === 'optional') {
      if (schema.default !== undefined) defaulted++;
      schema = schema.wrapped!;
    }
    const value = coerce(schema, object[key]);
    if (value === MISFIT) return MISFIT;
    object[key] = value;
  }
  if (required < plan.required) return MISFIT;
  if (defaulted < plan.defaults.length) {
    for (const i of plan.defaults) if (!Object.hasOwn(object, plan.keys[i]!)) object[plan.keys[i]!] = defaultOf(plan.schemas[i]!);
  }
  return object;
}

function coerceVariant(schema: SchemaLike, input: unknown): unknown {
  const plan = variantPlanOf(schema);
  if (plan === undefined || !isRawObject(input)) return MISFIT;
  const value = input[schema.key as string];
  // The first option whose literal is the value; a missing discriminator selects the first
  // option where it is optional (the UnknownJob of a job without a Tag). An unknown
  // discriminator value (a new Tag or Review kind) takes valibot's path.
  const index = value === undefined ? plan.optional[0] : plan.literals.get(value)?.[0];
  return index === undefined ? MISFIT : coerce((schema.options as SchemaLike[])[index]!, input);
}

function coerceUnion(options: SchemaLike[], input: unknown): unknown {
  // Only unions of scalars are tried in turn: a failed container option may have changed the input.
  for (const option of options) {
    if (option.type !== 'picklist' && option.type !== 'literal') return MISFIT;
    const value = coerce(option, input);
    if (value !== MISFIT) return value;
  }
  return MISFIT;
}

function coerceRecord(value: SchemaLike, object: Record<string, unknown>): unknown {
  for (const key of Object.keys(object)) {
    const coerced = coerce(value, object[key]);
    if (coerced === MISFIT) return MISFIT;
    object[key] = coerced;
  }
  return object;
}
