import type * as generated from '../../types/tags/stream-extract.js';
import { type JobSchema, job } from '../job.js';
import { MediaResult } from '../nodes/media-result.js';

/**
 * A `StreamExtract` job (流分离): `Operation.MediaResult` lists the stream files written; the
 * stream-to-object mapping is `Operation.Output.StreamExtract`.
 */
export const StreamExtractJob: JobSchema<'StreamExtract', StreamExtractJob> = job('StreamExtract', {
  MediaResult,
});

export type StreamExtractJob = generated.StreamExtractJob;
