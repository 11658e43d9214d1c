import type * as generated from '../../types/tags/smart-cover.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/** A `SmartCover` job (智能封面): `Operation.MediaResult` lists the cover images written, `MediaInfo` probes the input. */
export const SmartCoverJob: JobSchema<'SmartCover', SmartCoverJob> = job('SmartCover', {
  MediaInfo,
  MediaResult,
  // The response table types SmartCover as String, but it is "same as Request.Operation.SmartCover",
  // a Container, and the samples show its children; those are all String in the request table.
  SmartCover: node({
    Format: Text,
    Width: Text,
    Height: Text,
    Count: Text,
    DeleteDuplicates: Text,
  }),
});

export type SmartCoverJob = generated.SmartCoverJob;
