import * as v from 'valibot';

/**
 * A field the docs type as String. XML carries text; JSON may carry a number or boolean
 * there (`"JobLevel": 0`), which becomes its string so both formats give the same value.
 */
export const Text: TextSchema = v.pipe(
  v.custom<string | number | boolean>(
    (input) => typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean',
    (issue) => `expected text, received ${describe(issue.input)}`,
  ),
  v.transform(String),
);

/** A short description of a received value for issue messages (never the whole value). */
export function describe(input: unknown): string {
  if (Array.isArray(input)) return 'a list';
  if (input !== null && typeof input === 'object') return 'an element with children';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  return String(input);
}

/** The schema {@link Text} is; named so declarations refer to it instead of spelling it out. */
export type TextSchema = v.SchemaWithPipe<readonly [v.CustomSchema<string | number | boolean, v.ErrorMessage<v.CustomIssue> | undefined>, v.TransformAction<string | number | boolean, string>]>;
