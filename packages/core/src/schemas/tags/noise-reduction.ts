import type * as generated from '../../types/tags/noise-reduction.js';
import { type JobSchema, job } from '../job.js';

/**
 * A `NoiseReduction` job (音频降噪): the docs and samples give no result node; the cleaned audio
 * is the object named by `Operation.Output`.
 */
export const NoiseReductionJob: JobSchema<'NoiseReduction', NoiseReductionJob> = job('NoiseReduction', {});

export type NoiseReductionJob = generated.NoiseReductionJob;
