import * as v from 'valibot';
import { node } from '../fields/node.js';
import { job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/** A `VideoMontage` job (精彩集锦): `Operation.MediaResult` lists the highlights file, `MediaInfo` probes it. */
export const VideoMontageJob = job('VideoMontage', {
  MediaInfo,
  MediaResult,
  /** The montage parameters, when given inline instead of a template. */
  VideoMontage: node({}),
});

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface VideoMontageJob extends v.InferOutput<typeof VideoMontageJob> {}
