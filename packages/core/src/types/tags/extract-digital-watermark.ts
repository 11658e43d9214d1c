// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { DigitalWatermarkResult } from '../nodes/digital-watermark.js';

/**
 * An `ExtractDigitalWatermark` job (提取数字水印): `Operation.ExtractDigitalWatermark` holds the
 * watermark found (`Type`, `Version`, `Message`: the same structure a media job embeds).
 */
export interface ExtractDigitalWatermarkJob extends JobFields {
  Tag: 'ExtractDigitalWatermark';
  Operation?: ExtractDigitalWatermarkOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link ExtractDigitalWatermarkJob}. */
export interface ExtractDigitalWatermarkOperation extends OperationFields {
  ExtractDigitalWatermark?: DigitalWatermarkResult | undefined;
  [key: string]: unknown;
}
