// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { HitSummary, TextHitInfo } from './hit-info.js';
import type { ModerationListInfo } from './list-info.js';
import type { ReviewJobFields } from './review-job.js';
import type { ModerationUserInfo } from './user-info.js';

/** `JobsDetail` of a text moderation callback (文本审核). */
export interface TextModerationDetail extends ReviewJobFields {
  DataId?: string | undefined;
  Object?: string | undefined;
  /** The moderated text, when the job was submitted with inline content rather than an object. */
  Content?: string | undefined;
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised). */
  Result?: number | undefined;
  PornInfo?: HitSummary | undefined;
  AdsInfo?: HitSummary | undefined;
  IllegalInfo?: HitSummary | undefined;
  AbuseInfo?: HitSummary | undefined;
  SectionCount?: number | undefined;
  Section?: {
    StartByte?: number | undefined;
    Label?: string | undefined;
    Result?: number | undefined;
    PornInfo?: TextHitInfo | undefined;
    AdsInfo?: TextHitInfo | undefined;
    IllegalInfo?: TextHitInfo | undefined;
    AbuseInfo?: TextHitInfo | undefined;
    [key: string]: unknown;
  }[] | undefined;
  UserInfo?: ModerationUserInfo | undefined;
  ListInfo?: ModerationListInfo | undefined;
  [key: string]: unknown;
}

/** A Detail text moderation callback. */
export interface ReviewTextEvent {
  EventName: 'ReviewText';
  JobsDetail: TextModerationDetail;
  [key: string]: unknown;
}
