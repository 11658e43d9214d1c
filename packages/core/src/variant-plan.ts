import { isOptional } from './entry-plan.js';
import type { SchemaLike } from './schema-like.js';

/** How a variant's options are told apart: computed once per variant schema. */
export interface VariantPlan {
  /** Options by their literal discriminator. */
  literals: Map<unknown, number[]>;
  /** Options whose discriminator is another schema, tried on the value. */
  others: number[];
  /** Options that take a value without the discriminator. */
  optional: number[];
  /** Every option's discriminator, as valibot lists them when none fits. */
  expects: string;
  /** The candidates for a discriminator text seen before (bounded: the values come from bodies). */
  fitting: Map<string, readonly number[]>;
}

/** No option. */
const NONE: readonly number[] = [];
/** The bound on `fitting`: values and their length (they come from bodies). */
const MAX_CACHED_VALUES = 256;
const MAX_CACHED_LENGTH = 64;

const plans = new WeakMap<SchemaLike, VariantPlan | undefined>();

/** The plan of a variant schema, for both walkers; undefined for a variant of variants (left to valibot). */
export function variantPlanOf(schema: SchemaLike): VariantPlan | undefined {
  if (plans.has(schema)) return plans.get(schema);
  const options = schema.options as SchemaLike[];
  let plan: VariantPlan | undefined;
  if (options.every((option) => option.type !== 'variant')) {
    plan = { literals: new Map(), others: [], optional: [], expects: '', fitting: new Map() };
    const expects: string[] = [];
    options.forEach((option, index) => {
      const discriminator = option.entries![schema.key as string]!;
      expects.push(String(discriminator.expects));
      if (isOptional(discriminator)) plan!.optional.push(index);
      if (discriminator.type === 'literal' && discriminator.pipe === undefined) {
        const same = plan!.literals.get(discriminator.literal);
        if (same) same.push(index);
        else plan!.literals.set(discriminator.literal, [index]);
      } else plan!.others.push(index);
    });
    plan.expects = joinExpects(expects);
  }
  plans.set(schema, plan);
  return plan;
}

function joinExpects(values: string[]): string {
  const unique = [...new Set(values)];
  return unique.length > 1 ? `(${unique.join(' | ')})` : (unique[0] ?? 'never');
}

/**
 * The positions of the options whose discriminator fits `object[key]`, in order: literals by
 * lookup, the others by trial (`fits`). A short text discriminator (a Tag) is tried on the other
 * options once: the schemas are pure, and 100,000 jobs of one Tag would otherwise try it
 * 100,000 times.
 */
export function candidatesOf(
  plan: VariantPlan,
  options: readonly SchemaLike[],
  key: string,
  object: Record<string, unknown>,
  fits: (schema: SchemaLike, value: unknown) => boolean,
): readonly number[] {
  if (!(key in object)) return plan.optional;
  const value = object[key];
  const byLiteral = plan.literals.get(value) ?? NONE;
  if (plan.others.length === 0) return byLiteral;
  const cacheable = typeof value === 'string' && value.length <= MAX_CACHED_LENGTH;
  const cached = cacheable ? plan.fitting.get(value) : undefined;
  if (cached !== undefined) return cached;
  const fitting = plan.others.filter((index) => fits(options[index]!.entries![key]!, value));
  const candidates = fitting.length === 0 ? byLiteral : [...byLiteral, ...fitting].sort((a, b) => a - b);
  if (cacheable && plan.fitting.size < MAX_CACHED_VALUES) plan.fitting.set(value, candidates);
  return candidates;
}
