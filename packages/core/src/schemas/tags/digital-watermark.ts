import type * as generated from '../../types/tags/digital-watermark.js';
import { type JobSchema, job } from '../job.js';
import { DigitalWatermarkResult } from '../nodes/digital-watermark.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/**
 * A `DigitalWatermark` job (添加数字水印): `Operation.MediaResult` lists the watermarked file,
 * `MediaInfo` probes it and `DigitalWatermark` says what was embedded.
 */
export const DigitalWatermarkJob: JobSchema<'DigitalWatermark', DigitalWatermarkJob> = job('DigitalWatermark', {
  MediaInfo,
  MediaResult,
  DigitalWatermark: DigitalWatermarkResult,
});

export type DigitalWatermarkJob = generated.DigitalWatermarkJob;
