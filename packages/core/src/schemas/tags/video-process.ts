import type * as generated from '../../types/tags/video-process.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';
import { DigitalWatermarkResult } from '../nodes/digital-watermark.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';
import { WatermarkParams, WatermarkTemplateIds } from '../nodes/watermark-params.js';

/** A `VideoProcess` job (视频增强): `Operation.MediaResult` lists the enhanced output, `MediaInfo` probes it. */
export const VideoProcessJob: JobSchema<'VideoProcess', VideoProcessJob> = job('VideoProcess', {
  MediaInfo,
  MediaResult,
  // The response table types VideoProcess as String, but it is "same as Request.Operation.VideoProcess",
  // a Container, and the page's own response sample shows it with ColorEnhance/MsSharpen children.
  VideoProcess: node({}),
  // The transcode and watermark parameters are not in the response table but are echoed (samples,
  // and the response samples of the submit API, which repeat WatermarkTemplateId).
  /** The transcode parameters, when given inline instead of a template. */
  Transcode: node({}),
  TranscodeTemplateId: Text,
  Watermark: WatermarkParams,
  WatermarkTemplateId: WatermarkTemplateIds,
  DigitalWatermark: DigitalWatermarkResult,
});

export type VideoProcessJob = generated.VideoProcessJob;
