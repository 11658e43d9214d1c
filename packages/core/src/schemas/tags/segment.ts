import type * as generated from '../../types/tags/segment.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/** A `Segment` job (转封装, 音视频分段): `Operation.MediaResult` lists the segments written, `MediaInfo` probes them. */
export const SegmentJob: JobSchema<'Segment', SegmentJob> = job('Segment', {
  MediaInfo,
  MediaResult,
  /** The segmenting parameters, echoed from the request; the tables list no children, so they are text. */
  Segment: node({
    Format: Text,
    /** Segment length in seconds, e.g. `"25"`. */
    Duration: Text,
    HlsEncrypt: node({
      IsHlsEncrypt: Text,
      UriKey: Text,
    }),
  }),
});

export type SegmentJob = generated.SegmentJob;
