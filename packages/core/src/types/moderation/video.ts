// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { AudioSection } from './audio-section.js';
import type { HitSummary, ImageHitInfo } from './hit-info.js';
import type { ModerationListInfo } from './list-info.js';
import type { ReviewJobFields } from './review-job.js';
import type { ModerationUserInfo } from './user-info.js';

/**
 * `JobsDetail` of a video moderation callback (视频审核) and of a live-stream one (直播审核):
 * both call back as `ReviewVideo`, so this holds the children of both pages.
 */
export interface VideoModerationDetail extends ReviewJobFields {
  DataId?: string | undefined;
  /** Video file jobs only; a live job has `Url` (the stream). */
  Object?: string | undefined;
  Url?: string | undefined;
  SnapshotCount?: number | undefined;
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised). */
  Result?: number | undefined;
  PornInfo?: HitSummary | undefined;
  AdsInfo?: HitSummary | undefined;
  Snapshot?: {
    Url?: string | undefined;
    SnapshotTime?: number | undefined;
    /** Text found by OCR in the frame. */
    Text?: string | undefined;
    Label?: string | undefined;
    Result?: number | undefined;
    PornInfo?: ImageHitInfo | undefined;
    AdsInfo?: ImageHitInfo | undefined;
    [key: string]: unknown;
  }[] | undefined;
  AudioSection?: AudioSection[] | undefined;
  UserInfo?: ModerationUserInfo | undefined;
  /** Job type, e.g. `live_video` for a live stream. */
  Type?: string | undefined;
  ListInfo?: ModerationListInfo | undefined;
  [key: string]: unknown;
}

/** A Detail video or live-stream moderation callback. */
export interface ReviewVideoEvent {
  EventName: 'ReviewVideo';
  JobsDetail: VideoModerationDetail;
  [key: string]: unknown;
}
