import type * as v from 'valibot';
import type * as generated from '../../types/moderation/location.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';

/** `Location`: the detection frame of an OCR text or recognized object, in pixels and degrees. */
export const ModerationLocation: v.GenericSchema<unknown, ModerationLocation> = node({
  X: Numeric,
  Y: Numeric,
  Height: Numeric,
  Width: Numeric,
  Rotate: Numeric,
});

export type ModerationLocation = generated.ModerationLocation;
