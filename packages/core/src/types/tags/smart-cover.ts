// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { MediaInfo } from '../nodes/media-info.js';
import type { MediaResult } from '../nodes/media-result.js';

/** A `SmartCover` job (智能封面): `Operation.MediaResult` lists the cover images written, `MediaInfo` probes the input. */
export interface SmartCoverJob extends JobFields {
  Tag: 'SmartCover';
  Operation?: SmartCoverOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link SmartCoverJob}. */
export interface SmartCoverOperation extends OperationFields {
  MediaInfo?: MediaInfo | undefined;
  MediaResult?: MediaResult | undefined;
  SmartCover?: {
    Format?: string | undefined;
    Width?: string | undefined;
    Height?: string | undefined;
    Count?: string | undefined;
    DeleteDuplicates?: string | undefined;
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
