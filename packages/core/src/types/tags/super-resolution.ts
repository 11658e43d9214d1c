// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { DigitalWatermarkResult } from '../nodes/digital-watermark.js';
import type { MediaInfo } from '../nodes/media-info.js';
import type { MediaResult } from '../nodes/media-result.js';

/** A `SuperResolution` job (超分辨率): `Operation.MediaResult` lists the upscaled output, `MediaInfo` probes it. */
export interface SuperResolutionJob extends JobFields {
  Tag: 'SuperResolution';
  Operation?: SuperResolutionOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link SuperResolutionJob}. */
export interface SuperResolutionOperation extends OperationFields {
  MediaInfo?: MediaInfo | undefined;
  MediaResult?: MediaResult | undefined;
  /** The super-resolution parameters, when given inline instead of a template. */
  SuperResolution?: {
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
