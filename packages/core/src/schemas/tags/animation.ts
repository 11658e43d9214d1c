import * as v from 'valibot';
import { node } from '../fields/node.js';
import { job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/** An `Animation` job (视频转动图): `Operation.MediaResult` lists the animated image written, `MediaInfo` probes it. */
export const AnimationJob = job('Animation', {
  MediaInfo,
  MediaResult,
  /** The animation parameters, when given inline instead of a template. */
  Animation: node({}),
});

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface AnimationJob extends v.InferOutput<typeof AnimationJob> {}
