import * as v from 'valibot';
import { job } from '../job.js';

/**
 * A `NoiseReduction` job (音频降噪): the docs and samples give no result node; the cleaned audio
 * is the object named by `Operation.Output`.
 */
export const NoiseReductionJob = job('NoiseReduction', {});

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface NoiseReductionJob extends v.InferOutput<typeof NoiseReductionJob> {}
