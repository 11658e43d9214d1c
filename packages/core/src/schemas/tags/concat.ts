import type * as generated from '../../types/tags/concat.js';
import { type JobSchema, job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/** A `Concat` job (音视频拼接): `Operation.MediaResult` lists the joined file, `MediaInfo` probes it. */
export const ConcatJob: JobSchema<'Concat', ConcatJob> = job('Concat', {
  MediaInfo,
  MediaResult,
});

export type ConcatJob = generated.ConcatJob;
