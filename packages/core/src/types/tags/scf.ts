// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';

/**
 * An `SCF` job (云函数 workflow node). The docs give no callback table and no sample for it, so
 * only the shared `Operation` children are typed; anything else is kept as it arrives.
 */
export interface SCFJob extends JobFields {
  Tag: 'SCF';
  Operation?: SCFOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link SCFJob}. */
export interface SCFOperation extends OperationFields {
  [key: string]: unknown;
}
