import type * as generated from '../../types/tags/media-info.js';
import { type JobSchema, job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';

/** A `MediaInfo` job (获取媒体信息): `Operation.MediaInfo` is the probe of the input file. */
export const MediaInfoJob: JobSchema<'MediaInfo', MediaInfoJob> = job('MediaInfo', {
  MediaInfo,
});

export type MediaInfoJob = generated.MediaInfoJob;
