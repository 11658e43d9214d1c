import * as v from 'valibot';
import { Text } from '../fields/text.js';
import { node } from '../fields/node.js';
import { job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/** A `QualityEstimate` job (视频质量评分): `Operation.QualityEstimate.Score` is the score; `MediaInfo` probes the input. */
export const QualityEstimateJob = job('QualityEstimate', {
  QualityEstimate: node({
    /** Documented as String (`"6.460358"`). */
    Score: Text,
  }),
  MediaInfo,
  MediaResult,
});

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface QualityEstimateJob extends v.InferOutput<typeof QualityEstimateJob> {}
