import type * as generated from '../../types/tags/quality-estimate.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/** A `QualityEstimate` job (视频质量评分): `Operation.QualityEstimate.Score` is the score; `MediaInfo` probes the input. */
export const QualityEstimateJob: JobSchema<'QualityEstimate', QualityEstimateJob> = job('QualityEstimate', {
  QualityEstimate: node({
    /** Documented as String (`"6.460358"`). */
    Score: Text,
  }),
  MediaInfo,
  MediaResult,
});

export type QualityEstimateJob = generated.QualityEstimateJob;
