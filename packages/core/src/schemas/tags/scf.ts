import type * as generated from '../../types/tags/scf.js';
import { type JobSchema, job } from '../job.js';

/**
 * An `SCF` job (云函数 workflow node). The docs give no callback table and no sample for it, so
 * only the shared `Operation` children are typed; anything else is kept as it arrives.
 */
export const SCFJob: JobSchema<'SCF', SCFJob> = job('SCF', {});

export type SCFJob = generated.SCFJob;
