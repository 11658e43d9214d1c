import * as v from 'valibot';
import { job } from '../job.js';

/**
 * An `SCF` job (云函数 workflow node). The docs give no callback table and no sample for it, so
 * only the shared `Operation` children are typed; anything else is kept as it arrives.
 */
export const SCFJob = job('SCF', {});

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface SCFJob extends v.InferOutput<typeof SCFJob> {}
