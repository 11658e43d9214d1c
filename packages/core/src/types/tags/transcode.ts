// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { DigitalWatermarkResult } from '../nodes/digital-watermark.js';
import type { MediaInfo } from '../nodes/media-info.js';
import type { MediaResult } from '../nodes/media-result.js';

/** A `Transcode` job (音视频转码, 极速高清): `Operation.MediaResult` lists the output, `MediaInfo` probes it. */
export interface TranscodeJob extends JobFields {
  Tag: 'Transcode';
  Operation?: TranscodeOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link TranscodeJob}. */
export interface TranscodeOperation extends OperationFields {
  MediaInfo?: MediaInfo | undefined;
  MediaResult?: MediaResult | undefined;
  /** The transcode parameters, when given inline instead of a template. */
  Transcode?: {
    [key: string]: unknown;
  } | undefined;
  /** Watermark parameters applied, one per watermark. */
  Watermark?: {
    [key: string]: unknown;
  }[] | undefined;
  WatermarkTemplateId?: string[] | undefined;
  DigitalWatermark?: DigitalWatermarkResult | undefined;
  [key: string]: unknown;
}
