// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { MediaInfo } from '../nodes/media-info.js';
import type { MediaResult } from '../nodes/media-result.js';

/** A `Segment` job (转封装, 音视频分段): `Operation.MediaResult` lists the segments written, `MediaInfo` probes them. */
export interface SegmentJob extends JobFields {
  Tag: 'Segment';
  Operation?: SegmentOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link SegmentJob}. */
export interface SegmentOperation extends OperationFields {
  MediaInfo?: MediaInfo | undefined;
  MediaResult?: MediaResult | undefined;
  /** The segmenting parameters, echoed from the request; the tables list no children, so they are text. */
  Segment?: {
    Format?: string | undefined;
    /** Segment length in seconds, e.g. `"25"`. */
    Duration?: string | undefined;
    HlsEncrypt?: {
      IsHlsEncrypt?: string | undefined;
      UriKey?: string | undefined;
      [key: string]: unknown;
    } | undefined;
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
