import * as v from 'valibot';
import { Text } from '../fields/text.js';
import { node } from '../fields/node.js';

const DigitalWatermarkResultSchema = node({
  Type: Text,
  Version: Text,
  Message: Text,
  State: Text,
  IgnoreError: Text,
});

/** `Operation.DigitalWatermark`: the digital (invisible) watermark a media job embedded, and whether that worked. */
export interface DigitalWatermarkResult extends v.InferOutput<typeof DigitalWatermarkResultSchema> {}

/** `Operation.DigitalWatermark`: the digital (invisible) watermark a media job embedded, and whether that worked. */
export const DigitalWatermarkResult: v.GenericSchema<unknown, DigitalWatermarkResult> = DigitalWatermarkResultSchema;

