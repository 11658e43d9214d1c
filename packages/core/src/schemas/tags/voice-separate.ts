import * as v from 'valibot';
import { node } from '../fields/node.js';
import { job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/**
 * A `VoiceSeparate` job (人声分离): `Operation.MediaResult` lists the voice and background files
 * written, `MediaInfo` probes them.
 */
export const VoiceSeparateJob = job('VoiceSeparate', {
  MediaInfo,
  MediaResult,
  /** The separation parameters, when given inline instead of a template. */
  VoiceSeparate: node({}),
});

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface VoiceSeparateJob extends v.InferOutput<typeof VoiceSeparateJob> {}
