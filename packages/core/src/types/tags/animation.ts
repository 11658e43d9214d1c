// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { MediaInfo } from '../nodes/media-info.js';
import type { MediaResult } from '../nodes/media-result.js';

/** An `Animation` job (视频转动图): `Operation.MediaResult` lists the animated image written, `MediaInfo` probes it. */
export interface AnimationJob extends JobFields {
  Tag: 'Animation';
  Operation?: AnimationOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link AnimationJob}. */
export interface AnimationOperation extends OperationFields {
  MediaInfo?: MediaInfo | undefined;
  MediaResult?: MediaResult | undefined;
  /** The animation parameters, when given inline instead of a template. */
  Animation?: {
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
