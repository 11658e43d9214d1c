// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { UnknownTag } from '../events/job-detail.js';
import type { JobFields } from './job.js';

/** A job whose Tag is not (yet) typed: the shared fields are typed, `Operation` is kept as it came. */
export interface UnknownJob extends JobFields {
  Tag?: UnknownTag | undefined;
  Operation?: {
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
