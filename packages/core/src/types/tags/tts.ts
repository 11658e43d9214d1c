// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { JobInput } from '../nodes/input.js';
import type { MediaInfo } from '../nodes/media-info.js';
import type { MediaResult } from '../nodes/media-result.js';

/** A `Tts` job (语音合成): `Operation.MediaResult` lists the audio written, `MediaInfo` probes it. */
export interface TtsJob extends JobFields {
  Tag: 'Tts';
  Operation?: TtsOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link TtsJob}. */
export interface TtsOperation extends OperationFields {
  MediaInfo?: MediaInfo | undefined;
  MediaResult?: MediaResult | undefined;
  /** The voice template parameters, when given inline instead of a template. */
  TtsTpl?: {
    [key: string]: unknown;
  } | undefined;
  /** What was spoken: `InputType` `Text` or `Url`, and the text or its URL (children in the samples only). */
  TtsConfig?: {
    InputType?: string | undefined;
    Input?: string | undefined;
    [key: string]: unknown;
  } | undefined;
  Input?: JobInput | undefined;
  [key: string]: unknown;
}
