import type * as v from 'valibot';
import type * as generated from '../../types/nodes/digital-watermark.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';

const DigitalWatermarkResultSchema = node({
  Type: Text,
  Version: Text,
  Message: Text,
  State: Text,
  IgnoreError: Text,
});

export type DigitalWatermarkResult = generated.DigitalWatermarkResult;

/** `Operation.DigitalWatermark`: the digital (invisible) watermark a media job embedded, and whether that worked. */
export const DigitalWatermarkResult: v.GenericSchema<unknown, DigitalWatermarkResult> = DigitalWatermarkResultSchema;
