// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { MediaResult } from '../nodes/media-result.js';

/**
 * A `StreamExtract` job (流分离): `Operation.MediaResult` lists the stream files written; the
 * stream-to-object mapping is `Operation.Output.StreamExtract`.
 */
export interface StreamExtractJob extends JobFields {
  Tag: 'StreamExtract';
  Operation?: StreamExtractOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link StreamExtractJob}. */
export interface StreamExtractOperation extends OperationFields {
  MediaResult?: MediaResult | undefined;
  [key: string]: unknown;
}
