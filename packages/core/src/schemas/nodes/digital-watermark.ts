import * as v from 'valibot';
import { Text } from '../fields/text.js';
import { node } from '../fields/node.js';

/** `Operation.DigitalWatermark`: the digital (invisible) watermark a media job embedded, and whether that worked. */
export const DigitalWatermarkResult = node({
  Type: Text,
  Version: Text,
  Message: Text,
  State: Text,
  IgnoreError: Text,
});

export type DigitalWatermarkResult = v.InferOutput<typeof DigitalWatermarkResult>;
