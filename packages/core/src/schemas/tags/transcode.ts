import type * as generated from '../../types/tags/transcode.js';
import { node } from '../fields/node.js';
import { type JobSchema, job } from '../job.js';
import { DigitalWatermarkResult } from '../nodes/digital-watermark.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';
import { WatermarkParams, WatermarkTemplateIds } from '../nodes/watermark-params.js';

/** A `Transcode` job (音视频转码, 极速高清): `Operation.MediaResult` lists the output, `MediaInfo` probes it. */
export const TranscodeJob: JobSchema<'Transcode', TranscodeJob> = job('Transcode', {
  MediaInfo,
  MediaResult,
  /** The transcode parameters, when given inline instead of a template. */
  Transcode: node({}),
  /** Watermark parameters applied, one per watermark. */
  Watermark: WatermarkParams,
  WatermarkTemplateId: WatermarkTemplateIds,
  DigitalWatermark: DigitalWatermarkResult,
});

export type TranscodeJob = generated.TranscodeJob;
