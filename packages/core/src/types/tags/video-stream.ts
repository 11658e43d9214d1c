// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { MediaInfo } from '../nodes/media-info.js';
import type { MediaResult } from '../nodes/media-result.js';

/**
 * A `VideoStream` job (one bitrate's transcode node of an adaptive-bitrate workflow). The docs give
 * no callback table and no sample for it; it writes media like every media job, so `MediaResult`
 * and `MediaInfo` are typed as theirs, and anything else is kept as it arrives.
 */
export interface VideoStreamJob extends JobFields {
  Tag: 'VideoStream';
  Operation?: VideoStreamOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link VideoStreamJob}. */
export interface VideoStreamOperation extends OperationFields {
  MediaInfo?: MediaInfo | undefined;
  MediaResult?: MediaResult | undefined;
  [key: string]: unknown;
}
