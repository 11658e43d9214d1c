// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { MediaInfo } from '../nodes/media-info.js';
import type { MediaResult } from '../nodes/media-result.js';

/** A `QualityEstimate` job (视频质量评分): `Operation.QualityEstimate.Score` is the score; `MediaInfo` probes the input. */
export interface QualityEstimateJob extends JobFields {
  Tag: 'QualityEstimate';
  Operation?: QualityEstimateOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link QualityEstimateJob}. */
export interface QualityEstimateOperation extends OperationFields {
  QualityEstimate?: {
    /** Documented as String (`"6.460358"`). */
    Score?: string | undefined;
    [key: string]: unknown;
  } | undefined;
  MediaInfo?: MediaInfo | undefined;
  MediaResult?: MediaResult | undefined;
  [key: string]: unknown;
}
