import * as v from 'valibot';
import { describe } from './text.js';

/** Every entry made optional: what {@link node} does to its children. */
export type OptionalEntries<TEntries extends v.ObjectEntries> = {
  [K in keyof TEntries]: v.OptionalSchema<TEntries[K], undefined>;
};

const message = (issue: v.BaseIssue<unknown>) => `expected an element with children, received ${describeContainer(issue.input)}`;

// valibot's object schemas accept arrays (typeof [] is "object") and would turn a repeated
// element into {"0": …, "1": …}; a node must be a single element.
export const SingleElement: v.CustomSchema<Record<string, unknown>, v.ErrorMessage<v.CustomIssue> | undefined> = v.custom<Record<string, unknown>>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
  message,
);

/**
 * A Container node. Every documented child is optional (an empty element and a missing one
 * mean the same, and CI omits what does not apply), and children the docs do not list are
 * kept as they arrived, so a field Tencent adds never breaks parsing. A repeated element where
 * the docs say Container is an issue, not a merge.
 */
export function node<TEntries extends v.ObjectEntries>(entries: TEntries): NodeSchema<TEntries> {
  const optional = {} as OptionalEntries<TEntries>;
  for (const key in entries) {
    (optional as v.ObjectEntries)[key] = v.optional(entries[key]!);
  }
  return v.pipe(SingleElement, v.looseObject(optional, message));
}

function describeContainer(input: unknown): string {
  return typeof input === 'string' ? `text ${describe(input)}` : describe(input);
}

/** The schema {@link node} returns; named so declarations refer to it instead of spelling it out. */
export type NodeSchema<TEntries extends v.ObjectEntries> = v.SchemaWithPipe<
  readonly [v.CustomSchema<Record<string, unknown>, v.ErrorMessage<v.CustomIssue> | undefined>, v.LooseObjectSchema<OptionalEntries<TEntries>, v.ErrorMessage<v.LooseObjectIssue>>]
>;
