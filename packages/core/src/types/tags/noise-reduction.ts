// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';

/**
 * A `NoiseReduction` job (音频降噪): the docs and samples give no result node; the cleaned audio
 * is the object named by `Operation.Output`.
 */
export interface NoiseReductionJob extends JobFields {
  Tag: 'NoiseReduction';
  Operation?: NoiseReductionOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link NoiseReductionJob}. */
export interface NoiseReductionOperation extends OperationFields {
  [key: string]: unknown;
}
