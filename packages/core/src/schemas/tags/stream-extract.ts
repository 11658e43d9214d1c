import * as v from 'valibot';
import { job } from '../job.js';
import { MediaResult } from '../nodes/media-result.js';

/**
 * A `StreamExtract` job (流分离): `Operation.MediaResult` lists the stream files written; the
 * stream-to-object mapping is `Operation.Output.StreamExtract`.
 */
export const StreamExtractJob = job('StreamExtract', {
  MediaResult,
});

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface StreamExtractJob extends v.InferOutput<typeof StreamExtractJob> {}
