import * as v from 'valibot';
import { job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';
import { DigitalWatermarkResult } from '../nodes/digital-watermark.js';

/**
 * A `DigitalWatermark` job (添加数字水印): `Operation.MediaResult` lists the watermarked file,
 * `MediaInfo` probes it and `DigitalWatermark` says what was embedded.
 */
export const DigitalWatermarkJob = job('DigitalWatermark', {
  MediaInfo,
  MediaResult,
  DigitalWatermark: DigitalWatermarkResult,
});

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface DigitalWatermarkJob extends v.InferOutput<typeof DigitalWatermarkJob> {}
