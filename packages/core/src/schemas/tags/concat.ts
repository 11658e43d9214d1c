import * as v from 'valibot';
import { job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/** A `Concat` job (音视频拼接): `Operation.MediaResult` lists the joined file, `MediaInfo` probes it. */
export const ConcatJob = job('Concat', {
  MediaInfo,
  MediaResult,
});

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface ConcatJob extends v.InferOutput<typeof ConcatJob> {}
