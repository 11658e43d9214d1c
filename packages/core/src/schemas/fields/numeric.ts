import * as v from 'valibot';
import { describe } from './text.js';

// Plain decimal notation only: no hex, no Infinity/NaN, no surrounding spaces, no empty string.
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
// A mantissa of zeros only ("0", "-0.00", "0e10"): the only text whose value may be 0.
const ZERO_MANTISSA = /^[+-]?[0.]*(?:[eE]|$)/;

/**
 * True when `input` is a finite number, or a string in decimal notation whose value is a
 * finite number that does not lose all its digits: `"1e400"` (Infinity as a double) and
 * `"1e-400"` (0 as a double, though its digits are not all zero) are not numbers here, while
 * `"0e10"` and `"-0"` are 0. Both formats carry numbers as text (JSON keeps each number's
 * digits), so this one check decides for XML and JSON alike.
 */
export function isNumeric(input: unknown): input is number | string {
  if (typeof input === 'number') return Number.isFinite(input);
  if (typeof input !== 'string' || !DECIMAL.test(input)) return false;
  const value = Number(input);
  return Number.isFinite(value) && (value !== 0 || ZERO_MANTISSA.test(input));
}

/**
 * A field the docs type as Int, Integer or Float. `13.6`, `"13.6"` and `<X>13.6</X>` all
 * become the number 13.6; anything else is an issue at the field's path, never 0, NaN or
 * Infinity: text beyond a double's range (`1e400`, `-1e400`) or so small that it would read as
 * 0 while its digits are not all zero (`1e-400`) is an issue too.
 */
export const Numeric: NumericSchema = v.pipe(
  v.custom<number | string>(isNumeric, (issue) =>
    typeof issue.input === 'string' && DECIMAL.test(issue.input)
      ? `expected a number a double can hold (finite, and not rounded to 0), received ${describe(issue.input)}`
      : `expected a number, received ${describe(issue.input)}`,
  ),
  v.transform(Number),
);

/** The schema {@link Numeric} is; named so declarations refer to it instead of spelling it out. */
export type NumericSchema = v.SchemaWithPipe<readonly [v.CustomSchema<string | number, v.ErrorMessage<v.CustomIssue> | undefined>, v.TransformAction<string | number, number>]>;
