import type * as generated from '../../types/tags/stream-pack.js';
import { type JobSchema, job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/**
 * A `StreamPack` job (the adaptive-bitrate packaging workflow node, HLS/DASH). The docs give no
 * callback table and no sample for it; it writes media like every media job, so `MediaResult`
 * and `MediaInfo` are typed as theirs, and anything else is kept as it arrives.
 */
export const StreamPackJob: JobSchema<'StreamPack', StreamPackJob> = job('StreamPack', {
  MediaInfo,
  MediaResult,
});

export type StreamPackJob = generated.StreamPackJob;
