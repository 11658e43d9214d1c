import type * as generated from '../../types/tags/stream-pack-config.js';
import { type JobSchema, job } from '../job.js';

/**
 * A `StreamPackConfig` job (the packaging-configuration node that starts an adaptive-bitrate
 * workflow). The docs give no callback table and no sample for it and it writes no media, so only
 * the shared `Operation` children are typed; anything else is kept as it arrives.
 */
export const StreamPackConfigJob: JobSchema<'StreamPackConfig', StreamPackConfigJob> = job('StreamPackConfig', {});

export type StreamPackConfigJob = generated.StreamPackConfigJob;
