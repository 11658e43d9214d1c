import * as v from 'valibot';
import { describe } from './text.js';

// Plain decimal notation only: no hex, no Infinity/NaN, no surrounding spaces, no empty string.
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** True when `input` is a finite number or a string holding one in decimal notation. */
export function isNumeric(input: unknown): input is number | string {
  return typeof input === 'number' ? Number.isFinite(input) : typeof input === 'string' && DECIMAL.test(input);
}

/**
 * A field the docs type as Int, Integer or Float. `13.6`, `"13.6"` and `<X>13.6</X>` all
 * become the number 13.6; anything else is an issue at the field's path, never 0 or NaN.
 */
export const Numeric = v.pipe(
  v.custom<number | string>(isNumeric, (issue) => `expected a number, received ${describe(issue.input)}`),
  v.transform(Number),
);
