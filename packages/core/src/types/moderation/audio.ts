// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { AudioSection } from './audio-section.js';
import type { HitSummary } from './hit-info.js';
import type { ModerationListInfo } from './list-info.js';
import type { ReviewJobFields } from './review-job.js';
import type { ModerationUserInfo } from './user-info.js';

/** `JobsDetail` of an audio moderation callback (音频审核). */
export interface AudioModerationDetail extends ReviewJobFields {
  DataId?: string | undefined;
  Object?: string | undefined;
  Url?: string | undefined;
  SubLabel?: string | undefined;
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised). */
  Result?: number | undefined;
  /** The speech recognized in the whole file. */
  AudioText?: string | undefined;
  PornInfo?: HitSummary | undefined;
  AdsInfo?: HitSummary | undefined;
  Section?: AudioSection[] | undefined;
  UserInfo?: ModerationUserInfo | undefined;
  ListInfo?: ModerationListInfo | undefined;
  [key: string]: unknown;
}

/** A Detail audio moderation callback. */
export interface ReviewAudioEvent {
  EventName: 'ReviewAudio';
  JobsDetail: AudioModerationDetail;
  [key: string]: unknown;
}
