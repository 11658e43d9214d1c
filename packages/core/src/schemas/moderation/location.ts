import * as v from 'valibot';
import { Numeric } from '../fields/numeric.js';
import { node } from '../fields/node.js';

/** `Location`: the detection frame of an OCR text or recognized object, in pixels and degrees. */
export const ModerationLocation = node({
  X: Numeric,
  Y: Numeric,
  Height: Numeric,
  Width: Numeric,
  Rotate: Numeric,
});

export type ModerationLocation = v.InferOutput<typeof ModerationLocation>;
