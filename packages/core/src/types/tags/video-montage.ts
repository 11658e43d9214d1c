// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { MediaInfo } from '../nodes/media-info.js';
import type { MediaResult } from '../nodes/media-result.js';

/** A `VideoMontage` job (精彩集锦): `Operation.MediaResult` lists the highlights file, `MediaInfo` probes it. */
export interface VideoMontageJob extends JobFields {
  Tag: 'VideoMontage';
  Operation?: VideoMontageOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link VideoMontageJob}. */
export interface VideoMontageOperation extends OperationFields {
  MediaInfo?: MediaInfo | undefined;
  MediaResult?: MediaResult | undefined;
  /** The montage parameters, when given inline instead of a template. */
  VideoMontage?: {
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
