import type * as generated from '../../types/tags/super-resolution.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';
import { DigitalWatermarkResult } from '../nodes/digital-watermark.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';
import { WatermarkParams, WatermarkTemplateIds } from '../nodes/watermark-params.js';

/** A `SuperResolution` job (超分辨率): `Operation.MediaResult` lists the upscaled output, `MediaInfo` probes it. */
export const SuperResolutionJob: JobSchema<'SuperResolution', SuperResolutionJob> = job('SuperResolution', {
  MediaInfo,
  MediaResult,
  /** The super-resolution parameters, when given inline instead of a template. */
  SuperResolution: node({}),
  /** The transcode parameters, when given inline instead of a template. */
  Transcode: node({}),
  TranscodeTemplateId: Text,
  Watermark: WatermarkParams,
  WatermarkTemplateId: WatermarkTemplateIds,
  DigitalWatermark: DigitalWatermarkResult,
});

export type SuperResolutionJob = generated.SuperResolutionJob;
