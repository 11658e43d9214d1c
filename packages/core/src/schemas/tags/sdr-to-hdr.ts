import type * as generated from '../../types/tags/sdr-to-hdr.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';
import { WatermarkParams, WatermarkTemplateIds } from '../nodes/watermark-params.js';

/** An `SDRtoHDR` job (SDR 转 HDR): `Operation.MediaResult` lists the HDR output, `MediaInfo` probes it. */
export const SDRtoHDRJob: JobSchema<'SDRtoHDR', SDRtoHDRJob> = job('SDRtoHDR', {
  MediaInfo,
  MediaResult,
  SDRtoHDR: node({
    /** `HLG` or `HDR10`. */
    HdrMode: Text,
  }),
  // The transcode and watermark parameters below are not in the response table but are echoed
  // (samples, and the response sample of the submit API); types from its request table.
  /** The transcode parameters, when given inline instead of a template. */
  Transcode: node({}),
  TranscodeTemplateId: Text,
  Watermark: WatermarkParams,
  WatermarkTemplateId: WatermarkTemplateIds,
});

export type SDRtoHDRJob = generated.SDRtoHDRJob;
