import type * as generated from '../../types/tags/animation.js';
import { node } from '../fields/node.js';
import { type JobSchema, job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/** An `Animation` job (视频转动图): `Operation.MediaResult` lists the animated image written, `MediaInfo` probes it. */
export const AnimationJob: JobSchema<'Animation', AnimationJob> = job('Animation', {
  MediaInfo,
  MediaResult,
  /** The animation parameters, when given inline instead of a template. */
  Animation: node({}),
});

export type AnimationJob = generated.AnimationJob;
