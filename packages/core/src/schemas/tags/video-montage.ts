import type * as generated from '../../types/tags/video-montage.js';
import { node } from '../fields/node.js';
import { type JobSchema, job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/** A `VideoMontage` job (精彩集锦): `Operation.MediaResult` lists the highlights file, `MediaInfo` probes it. */
export const VideoMontageJob: JobSchema<'VideoMontage', VideoMontageJob> = job('VideoMontage', {
  MediaInfo,
  MediaResult,
  /** The montage parameters, when given inline instead of a template. */
  VideoMontage: node({}),
});

export type VideoMontageJob = generated.VideoMontageJob;
