// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { DigitalWatermarkResult } from '../nodes/digital-watermark.js';
import type { MediaInfo } from '../nodes/media-info.js';
import type { MediaResult } from '../nodes/media-result.js';

/** A `VideoProcess` job (视频增强): `Operation.MediaResult` lists the enhanced output, `MediaInfo` probes it. */
export interface VideoProcessJob extends JobFields {
  Tag: 'VideoProcess';
  Operation?: VideoProcessOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link VideoProcessJob}. */
export interface VideoProcessOperation extends OperationFields {
  MediaInfo?: MediaInfo | undefined;
  MediaResult?: MediaResult | undefined;
  VideoProcess?: {
    [key: string]: unknown;
  } | undefined;
  /** The transcode parameters, when given inline instead of a template. */
  Transcode?: {
    [key: string]: unknown;
  } | undefined;
  TranscodeTemplateId?: string | undefined;
  Watermark?: {
    [key: string]: unknown;
  }[] | undefined;
  WatermarkTemplateId?: string[] | undefined;
  DigitalWatermark?: DigitalWatermarkResult | undefined;
  [key: string]: unknown;
}
