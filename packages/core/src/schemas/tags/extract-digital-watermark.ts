import type * as generated from '../../types/tags/extract-digital-watermark.js';
import { type JobSchema, job } from '../job.js';
import { DigitalWatermarkResult } from '../nodes/digital-watermark.js';

/**
 * An `ExtractDigitalWatermark` job (提取数字水印): `Operation.ExtractDigitalWatermark` holds the
 * watermark found (`Type`, `Version`, `Message`: the same structure a media job embeds).
 */
export const ExtractDigitalWatermarkJob: JobSchema<'ExtractDigitalWatermark', ExtractDigitalWatermarkJob> = job('ExtractDigitalWatermark', {
  ExtractDigitalWatermark: DigitalWatermarkResult,
});

export type ExtractDigitalWatermarkJob = generated.ExtractDigitalWatermarkJob;
