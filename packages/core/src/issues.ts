import { defaultOf, type EntryPlan, entriesToVisit, entryPlanOf } from './entry-plan.js';
import { bound, type CallbackIssue, MAX_ISSUES } from './errors.js';
import { excerpt } from './excerpt.js';
import { labels, MISSING, messageOf } from './issue-message.js';
import type { SchemaLike, ValibotIssue } from './schema-like.js';
import { isNumeric, Numeric } from './schemas/fields/numeric.js';
import { Text } from './schemas/fields/text.js';
import { candidatesOf, variantPlanOf } from './variant-plan.js';

const TEXT = Text as unknown as SchemaLike;
const NUMERIC = Numeric as unknown as SchemaLike;

/** What {@link collectIssues} found: the first issues (at most `limit`) and how many in all. */
export interface IssueReport {
  issues: CallbackIssue[];
  count: number;
}

/**
 * The issues valibot would report for `input` against `schema`, with the same paths and
 * messages, but collected within bounds: only the first `limit` issues are kept (the rest are
 * counted), and nothing is built per issue beyond them. valibot itself makes an object graph per
 * issue (path items, the received value as text, a default message quoting it), which for a body
 * of 100,000 wrong list items was gigabytes; this walks the same schema objects instead, the way
 * the fast path in `coerce.ts` does, and reads the input without copying it.
 *
 * Body text enters a message only through {@link excerpt}: the received value of a default
 * message, and record keys in paths. Custom messages (the field primitives') already describe
 * the value briefly; the error bounds every message and path again as a whole.
 */
export function collectIssues(schema: unknown, input: unknown, limit: number = MAX_ISSUES): IssueReport {
  const sink = new Sink(limit);
  new Walker().run(schema as SchemaLike, input, sink);
  return { issues: sink.issues, count: sink.count };
}

/** Where issues go: the first `limit` kept with their path and message, all of them counted. */
export class Sink {
  count = 0;
  readonly issues: CallbackIssue[] = [];
  constructor(readonly limit: number) {}

  /** True when the next issue would be kept, so its message is worth making. */
  get keeping(): boolean {
    return this.issues.length < this.limit;
  }

  /** A sink for a trial (a union's or variant's option) that keeps no more than this one still would. */
  trial(): Sink {
    return new Sink(this.limit - this.issues.length);
  }

  merge(other: Sink): void {
    this.count += other.count;
    for (const issue of other.issues) if (this.keeping) this.issues.push(issue);
  }
}

/** valibot's checks, interpreted over the schema objects; the lenient reading extends it (`deviations.ts`). */
export class Walker {
  /** The path from the root to the value being checked; array positions are numbers. */
  protected readonly path: (string | number)[] = [];
  /** The value a schema passes on (after its transforms), read by a pipe after each step. */
  private value: unknown;

  /**
   * Checks `input` against `schema` into `sink`, as valibot's `~run` does; answers whether the
   * value came out typed (valibot's `dataset.typed`), which unions, variants and pipes decide on.
   */
  run(schema: SchemaLike, input: unknown, sink: Sink): boolean {
    // The two field schemas of almost every leaf, checked as their pipes would be, without
    // interpreting the pipe: a check, then a transform that only runs when it passed.
    if (schema === TEXT) {
      this.value = input;
      const fits = typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean';
      if (!fits) return this.fail(sink, TEXT.pipe![0]!, 'type', input);
      this.value = String(input);
      return true;
    }
    if (schema === NUMERIC) {
      this.value = input;
      if (!isNumeric(input)) return this.fail(sink, NUMERIC.pipe![0]!, 'type', input);
      this.value = Number(input);
      return true;
    }
    if (schema.pipe !== undefined) return this.pipe(schema.pipe, input, sink);
    if (schema.type === 'optional') return this.optional(schema, input, sink);
    const typed = this.check(schema, input, sink);
    // What a later pipe step reads: the input itself (only transforms change a value here).
    this.value = input;
    return typed;
  }

  private check(schema: SchemaLike, input: unknown, sink: Sink): boolean {
    switch (schema.type) {
      case 'unknown':
        return true;
      case 'string':
        return typeof input === 'string' || this.fail(sink, schema, 'type', input);
      case 'custom':
        return schema.check!(input) || this.fail(sink, schema, 'type', input);
      case 'literal':
        return input === schema.literal || this.fail(sink, schema, 'type', input);
      case 'picklist':
        return schema.options!.includes(input) || this.fail(sink, schema, 'type', input);
      case 'object':
      case 'loose_object':
        return this.object(schema, input, sink);
      case 'array':
        return this.array(schema, input, sink);
      case 'record':
        return this.record(schema, input, sink);
      case 'variant':
        return this.variant(schema, input, sink);
      case 'union':
        return this.union(schema, input, sink);
      default:
        return !this.foreign(schema, { typed: false, value: input }, sink).issues;
    }
  }

  private pipe(pipe: SchemaLike[], input: unknown, sink: Sink): boolean {
    const before = sink.count;
    let typed = true;
    let value = input;
    for (const item of pipe) {
      if (item.kind === 'metadata') continue;
      // As in valibot: after an issue, a later schema or transformation does not run.
      if (sink.count > before && (item.kind === 'schema' || item.kind === 'transformation')) return false;
      if (item.kind === 'schema') {
        typed = this.run(item, value, sink);
        value = this.value;
      } else if (item.kind === 'transformation' && item.type === 'transform') {
        value = item.operation!(value);
      } else if (item.kind === 'validation' && Object.hasOwn(labels, item.type)) {
        // A validation only checks a typed value, and its issue leaves the value typed.
        if (typed && !this.validate(item, value)) this.fail(sink, item, labels[item.type]!, value);
      } else {
        const dataset = this.foreign(item, { typed, value }, sink);
        if (dataset.issues) return false;
        value = dataset.value;
      }
    }
    this.value = value;
    return typed;
  }

  private validate(action: SchemaLike, value: unknown): boolean {
    switch (action.type) {
      case 'check':
        return (action.requirement as (input: unknown) => boolean)(value);
      case 'starts_with':
        return (value as string).startsWith(action.requirement as string);
      default:
        return (value as { length: number }).length >= (action.requirement as number);
    }
  }

  private optional(schema: SchemaLike, input: unknown, sink: Sink): boolean {
    const value = input === undefined ? defaultOf(schema) : input;
    this.value = value;
    if (value === undefined) return true;
    return this.run(schema.wrapped!, value, sink);
  }

  private object(schema: SchemaLike, input: unknown, sink: Sink): boolean {
    // valibot's object schemas take any object, arrays included (node() rules those out first).
    if (!input || typeof input !== 'object') return this.fail(sink, schema, 'type', input);
    const object = input as Record<string, unknown>;
    const plan = entryPlanOf(schema.entries!);
    const visit = entriesToVisit(plan, object);
    if (visit === undefined) return true;
    let typed = true;
    for (const i of visit) typed = this.entry(schema, plan, i, object, plan.isAlways[i] ? plan.keys[i]! in object : true, sink) && typed;
    return typed;
  }

  /** Checks entry `i` of an object schema; `present` tells whether the object has it. */
  protected entry(schema: SchemaLike, plan: EntryPlan, i: number, object: Record<string, unknown>, present: boolean, sink: Sink): boolean {
    const key = plan.keys[i]!;
    const entry = plan.schemas[i]!;
    if (present || (entry.type === 'optional' && entry.default !== undefined)) {
      this.path.push(key);
      const typed = this.run(entry, present ? object[key] : defaultOf(entry), sink);
      this.path.pop();
      return typed;
    }
    if (plan.optional[i]) return true;
    this.path.push(key);
    this.fail(sink, schema, 'key', undefined);
    this.path.pop();
    return false;
  }

  private array(schema: SchemaLike, input: unknown, sink: Sink): boolean {
    if (!Array.isArray(input)) return this.fail(sink, schema, 'type', input);
    let typed = true;
    for (let i = 0; i < input.length; i++) {
      this.path.push(i);
      typed = this.run(schema.item!, input[i], sink) && typed;
      this.path.pop();
    }
    return typed;
  }

  private record(schema: SchemaLike, input: unknown, sink: Sink): boolean {
    if (!input || typeof input !== 'object') return this.fail(sink, schema, 'type', input);
    const object = input as Record<string, unknown>;
    let typed = true;
    // Own keys only, as valibot's record reads them (a for-in over 100,000 keys cost twice as much).
    for (const key of Object.keys(object)) {
      if (key === '__proto__' || key === 'prototype' || key === 'constructor') continue;
      this.path.push(key);
      // A key issue is reported at the key alone, before its value is checked.
      typed = this.run(schema.key as SchemaLike, key, sink) && typed;
      typed = this.run(schema.value!, object[key], sink) && typed;
      this.path.pop();
    }
    return typed;
  }

  /**
   * valibot's variant: the options whose discriminator fits are tried in order until one has no
   * issue; the first typed one (or the first) is reported. When none fits, one issue at the
   * discriminator lists what each option expected there.
   */
  private variant(schema: SchemaLike, input: unknown, sink: Sink): boolean {
    if (!input || typeof input !== 'object') return this.fail(sink, schema, 'type', input);
    const plan = variantPlanOf(schema);
    // Nested variants (not used here) are left to valibot.
    if (plan === undefined) return !this.foreign(schema, { typed: false, value: input }, sink).issues;
    const key = schema.key as string;
    const object = input as Record<string, unknown>;
    const options = schema.options as SchemaLike[];
    let chosen: { sink: Sink; typed: boolean } | undefined;
    for (const index of candidatesOf(plan, options, key, object, (schema, value) => this.fits(schema, value))) {
      const trial = sink.trial();
      const typed = this.run(options[index]!, input, trial);
      if (chosen === undefined || (!chosen.typed && typed)) chosen = { sink: trial, typed };
      if (chosen.sink.count === 0) break;
    }
    if (chosen !== undefined) {
      sink.merge(chosen.sink);
      return chosen.typed;
    }
    this.path.push(key);
    // No option fitted, so every option's discriminator is in the list.
    this.fail(sink, schema, 'type', object[key], plan.expects);
    this.path.pop();
    return false;
  }

  /** valibot's union: the first option without issues wins; else one typed option's issues, or one issue for the union. */
  private union(schema: SchemaLike, input: unknown, sink: Sink): boolean {
    const typedTrials: Sink[] = [];
    const untypedTrials: Sink[] = [];
    for (const option of schema.options as SchemaLike[]) {
      const trial = sink.trial();
      const typed = this.run(option, input, trial);
      if (typed && trial.count === 0) return true;
      (typed ? typedTrials : untypedTrials).push(trial);
    }
    if (typedTrials.length === 1 || (typedTrials.length === 0 && untypedTrials.length === 1)) {
      sink.merge((typedTrials[0] ?? untypedTrials[0])!);
      return typedTrials.length === 1;
    }
    this.fail(sink, schema, 'type', input);
    return typedTrials.length > 0;
  }

  /** True when `input` fits `schema` without any issue (nothing is kept). */
  private fits(schema: SchemaLike, input: unknown): boolean {
    const probe = new Sink(0);
    this.run(schema, input, probe);
    return probe.count === 0;
  }

  /**
   * A schema or action this collector does not interpret (none of this library's schemas use
   * one): valibot runs it on that value alone and stops at its first issue, which stays bounded.
   */
  private foreign(schema: SchemaLike, dataset: { typed: boolean; value: unknown }, sink: Sink): { value: unknown; issues?: ValibotIssue[] } {
    const result = schema['~run']!(dataset, { abortEarly: true });
    const issue = result.issues?.[0];
    if (issue === undefined) return result;
    sink.count++;
    if (sink.keeping) {
      const inner = (issue.path ?? []).map((item) => String(item.key));
      const path = [...this.path, ...inner].map((key) => excerpt(String(key))).join('.');
      sink.issues.push({ path: bound(path), message: bound(issue.input === undefined ? MISSING : issue.message) });
    }
    return result;
  }

  /** Records one issue at the current path; answers false (the value is not typed). */
  protected fail(sink: Sink, context: SchemaLike, label: string, input: unknown, expects?: string): false {
    sink.count++;
    if (!sink.keeping) return false;
    const path = this.path.map((key) => (typeof key === 'number' ? String(key) : excerpt(key))).join('.');
    // Custom messages describe the value briefly but may keep its control characters: bounded and escaped here too.
    sink.issues.push({ path: bound(path), message: bound(messageOf(context, label, input, expects ?? context.expects ?? null)) });
    return false;
  }
}
