// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { MediaInfo } from '../nodes/media-info.js';
import type { MediaResult } from '../nodes/media-result.js';

/** An `SDRtoHDR` job (SDR 转 HDR): `Operation.MediaResult` lists the HDR output, `MediaInfo` probes it. */
export interface SDRtoHDRJob extends JobFields {
  Tag: 'SDRtoHDR';
  Operation?: SDRtoHDROperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link SDRtoHDRJob}. */
export interface SDRtoHDROperation extends OperationFields {
  MediaInfo?: MediaInfo | undefined;
  MediaResult?: MediaResult | undefined;
  SDRtoHDR?: {
    /** `HLG` or `HDR10`. */
    HdrMode?: string | undefined;
    [key: string]: unknown;
  } | undefined;
  /** The transcode parameters, when given inline instead of a template. */
  Transcode?: {
    [key: string]: unknown;
  } | undefined;
  TranscodeTemplateId?: string | undefined;
  Watermark?: {
    [key: string]: unknown;
  }[] | undefined;
  WatermarkTemplateId?: string[] | undefined;
  [key: string]: unknown;
}
