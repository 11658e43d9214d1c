import type * as generated from '../../types/tags/watermark.js';
import { type JobSchema, job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';
import { WatermarkParams, WatermarkTemplateIds } from '../nodes/watermark-params.js';

/** A `Watermark` job (视频明水印): `Operation.MediaResult` lists the watermarked output, `MediaInfo` probes it. */
export const WatermarkJob: JobSchema<'Watermark', WatermarkJob> = job('Watermark', {
  MediaInfo,
  MediaResult,
  // The page's response table gives no types; these follow the same nodes on the other media
  // job pages (Watermark: Container array, WatermarkTemplateId: String array).
  Watermark: WatermarkParams,
  WatermarkTemplateId: WatermarkTemplateIds,
});

export type WatermarkJob = generated.WatermarkJob;
