import type * as generated from '../../types/tags/voice-separate.js';
import { node } from '../fields/node.js';
import { type JobSchema, job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/**
 * A `VoiceSeparate` job (人声分离): `Operation.MediaResult` lists the voice and background files
 * written, `MediaInfo` probes them.
 */
export const VoiceSeparateJob: JobSchema<'VoiceSeparate', VoiceSeparateJob> = job('VoiceSeparate', {
  MediaInfo,
  MediaResult,
  /** The separation parameters, when given inline instead of a template. */
  VoiceSeparate: node({}),
});

export type VoiceSeparateJob = generated.VoiceSeparateJob;
