import * as v from 'valibot';
import { job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';

/** A `MediaInfo` job (获取媒体信息): `Operation.MediaInfo` is the probe of the input file. */
export const MediaInfoJob = job('MediaInfo', {
  MediaInfo,
});

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface MediaInfoJob extends v.InferOutput<typeof MediaInfoJob> {}
