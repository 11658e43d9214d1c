// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { DigitalWatermarkResult } from '../nodes/digital-watermark.js';
import type { MediaInfo } from '../nodes/media-info.js';
import type { MediaResult } from '../nodes/media-result.js';

/**
 * A `DigitalWatermark` job (添加数字水印): `Operation.MediaResult` lists the watermarked file,
 * `MediaInfo` probes it and `DigitalWatermark` says what was embedded.
 */
export interface DigitalWatermarkJob extends JobFields {
  Tag: 'DigitalWatermark';
  Operation?: DigitalWatermarkOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link DigitalWatermarkJob}. */
export interface DigitalWatermarkOperation extends OperationFields {
  MediaInfo?: MediaInfo | undefined;
  MediaResult?: MediaResult | undefined;
  DigitalWatermark?: DigitalWatermarkResult | undefined;
  [key: string]: unknown;
}
