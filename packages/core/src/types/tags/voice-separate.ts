// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { MediaInfo } from '../nodes/media-info.js';
import type { MediaResult } from '../nodes/media-result.js';

/**
 * A `VoiceSeparate` job (人声分离): `Operation.MediaResult` lists the voice and background files
 * written, `MediaInfo` probes them.
 */
export interface VoiceSeparateJob extends JobFields {
  Tag: 'VoiceSeparate';
  Operation?: VoiceSeparateOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link VoiceSeparateJob}. */
export interface VoiceSeparateOperation extends OperationFields {
  MediaInfo?: MediaInfo | undefined;
  MediaResult?: MediaResult | undefined;
  /** The separation parameters, when given inline instead of a template. */
  VoiceSeparate?: {
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
