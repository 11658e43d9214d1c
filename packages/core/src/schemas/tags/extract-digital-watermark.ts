import * as v from 'valibot';
import { job } from '../job.js';
import { DigitalWatermarkResult } from '../nodes/digital-watermark.js';

/**
 * An `ExtractDigitalWatermark` job (提取数字水印): `Operation.ExtractDigitalWatermark` holds the
 * watermark found (`Type`, `Version`, `Message`: the same structure a media job embeds).
 */
export const ExtractDigitalWatermarkJob = job('ExtractDigitalWatermark', {
  ExtractDigitalWatermark: DigitalWatermarkResult,
});

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface ExtractDigitalWatermarkJob extends v.InferOutput<typeof ExtractDigitalWatermarkJob> {}
