// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { MediaInfo } from '../nodes/media-info.js';
import type { MediaResult } from '../nodes/media-result.js';

/** A `Concat` job (音视频拼接): `Operation.MediaResult` lists the joined file, `MediaInfo` probes it. */
export interface ConcatJob extends JobFields {
  Tag: 'Concat';
  Operation?: ConcatOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link ConcatJob}. */
export interface ConcatOperation extends OperationFields {
  MediaInfo?: MediaInfo | undefined;
  MediaResult?: MediaResult | undefined;
  [key: string]: unknown;
}
