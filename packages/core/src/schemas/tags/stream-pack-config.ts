import * as v from 'valibot';
import { job } from '../job.js';

/**
 * A `StreamPackConfig` job (the packaging-configuration node that starts an adaptive-bitrate
 * workflow). The docs give no callback table and no sample for it and it writes no media, so only
 * the shared `Operation` children are typed; anything else is kept as it arrives.
 */
export const StreamPackConfigJob = job('StreamPackConfig', {});

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface StreamPackConfigJob extends v.InferOutput<typeof StreamPackConfigJob> {}
