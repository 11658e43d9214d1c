// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { MediaInfo } from '../nodes/media-info.js';
import type { MediaResult } from '../nodes/media-result.js';

/** A `Watermark` job (视频明水印): `Operation.MediaResult` lists the watermarked output, `MediaInfo` probes it. */
export interface WatermarkJob extends JobFields {
  Tag: 'Watermark';
  Operation?: WatermarkOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link WatermarkJob}. */
export interface WatermarkOperation extends OperationFields {
  MediaInfo?: MediaInfo | undefined;
  MediaResult?: MediaResult | undefined;
  Watermark?: {
    [key: string]: unknown;
  }[] | undefined;
  WatermarkTemplateId?: string[] | undefined;
  [key: string]: unknown;
}
