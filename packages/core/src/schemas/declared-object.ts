import type * as v from 'valibot';

/**
 * The declared type of a loose object schema whose output is a generated interface (src/types):
 * only the entries other schemas read (a variant's key) are spelled, so declarations carry no
 * inference. `v.variant` takes it as one of its options, and `v.InferOutput` gives `TOutput`.
 */
export interface DeclaredObjectSchema<TEntries extends v.ObjectEntries, TOutput> extends v.BaseSchema<{ [key: string]: unknown }, TOutput, v.BaseIssue<unknown>> {
  readonly type: 'loose_object';
  readonly reference: typeof v.looseObject;
  readonly expects: 'Object';
  readonly entries: TEntries;
  readonly message: undefined;
}
