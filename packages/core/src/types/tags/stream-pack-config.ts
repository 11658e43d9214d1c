// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';

/**
 * A `StreamPackConfig` job (the packaging-configuration node that starts an adaptive-bitrate
 * workflow). The docs give no callback table and no sample for it and it writes no media, so only
 * the shared `Operation` children are typed; anything else is kept as it arrives.
 */
export interface StreamPackConfigJob extends JobFields {
  Tag: 'StreamPackConfig';
  Operation?: StreamPackConfigOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link StreamPackConfigJob}. */
export interface StreamPackConfigOperation extends OperationFields {
  [key: string]: unknown;
}
