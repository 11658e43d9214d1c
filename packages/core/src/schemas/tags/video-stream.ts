import type * as generated from '../../types/tags/video-stream.js';
import { type JobSchema, job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/**
 * A `VideoStream` job (one bitrate's transcode node of an adaptive-bitrate workflow). The docs give
 * no callback table and no sample for it; it writes media like every media job, so `MediaResult`
 * and `MediaInfo` are typed as theirs, and anything else is kept as it arrives.
 */
export const VideoStreamJob: JobSchema<'VideoStream', VideoStreamJob> = job('VideoStream', {
  MediaInfo,
  MediaResult,
});

export type VideoStreamJob = generated.VideoStreamJob;
