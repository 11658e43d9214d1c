import * as v from 'valibot';
import { job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/** A `Concat` job (音视频拼接): `Operation.MediaResult` lists the joined file, `MediaInfo` probes it. */
export const ConcatJob = job('Concat', {
  MediaInfo,
  MediaResult,
});

export type ConcatJob = v.InferOutput<typeof ConcatJob>;
