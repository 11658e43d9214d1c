import type * as v from 'valibot';
import type * as generated from '../../types/moderation/video.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { AudioSection } from './audio-section.js';
import { HitSummary, ImageHitInfo } from './hit-info.js';
import { ModerationListInfo } from './list-info.js';
import { type ReviewEventSchema, reviewEvent } from './review-event.js';
import { reviewJobEntries } from './review-job.js';
import { ModerationUserInfo } from './user-info.js';

/** One `Snapshot` of a video or live job: a frame taken at `SnapshotTime` (ms) and its result. */
const VideoSnapshot = node({
  Url: Text,
  SnapshotTime: Numeric,
  /** Text found by OCR in the frame. */
  Text,
  Label: Text,
  Result: Numeric,
  PornInfo: ImageHitInfo,
  AdsInfo: ImageHitInfo,
});

/**
 * `JobsDetail` of a video moderation callback (视频审核) and of a live-stream one (直播审核):
 * both call back as `ReviewVideo`, so this holds the children of both pages.
 */
export const VideoModerationDetail: v.GenericSchema<unknown, VideoModerationDetail> = node({
  ...reviewJobEntries,
  DataId: Text,
  /** Video file jobs only; a live job has `Url` (the stream). */
  Object: Text,
  Url: Text,
  SnapshotCount: Numeric,
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised). */
  Result: Numeric,
  PornInfo: HitSummary,
  AdsInfo: HitSummary,
  Snapshot: list(VideoSnapshot),
  AudioSection: list(AudioSection),
  UserInfo: ModerationUserInfo,
  /** Job type, e.g. `live_video` for a live stream. */
  Type: Text,
  ListInfo: ModerationListInfo,
});

/** A Detail video or live-stream moderation callback. */
export const ReviewVideoEvent: ReviewEventSchema<'ReviewVideo', ReviewVideoEvent, VideoModerationDetail> = reviewEvent('ReviewVideo', VideoModerationDetail);

export type VideoModerationDetail = generated.VideoModerationDetail;
export type ReviewVideoEvent = generated.ReviewVideoEvent;
