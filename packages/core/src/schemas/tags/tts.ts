import type * as generated from '../../types/tags/tts.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';
import { JobInput } from '../nodes/input.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/** A `Tts` job (语音合成): `Operation.MediaResult` lists the audio written, `MediaInfo` probes it. */
export const TtsJob: JobSchema<'Tts', TtsJob> = job('Tts', {
  MediaInfo,
  MediaResult,
  /** The voice template parameters, when given inline instead of a template. */
  TtsTpl: node({}),
  /** What was spoken: `InputType` `Text` or `Url`, and the text or its URL (children in the samples only). */
  TtsConfig: node({
    InputType: Text,
    Input: Text,
  }),
  // Not in the tables: the workflow-triggered samples put the trigger's CosHeaders here.
  Input: JobInput,
});

export type TtsJob = generated.TtsJob;
