// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { ModerationCosHeaders } from './cos-headers.js';
import type { ImageHitInfo } from './hit-info.js';

/** `JobsDetail` of an image moderation callback (图片审核). */
export interface ImageModerationDetail {
  /** 1 when the image was compressed before moderation. */
  CompressionResult?: number | undefined;
  Object?: string | undefined;
  Url?: string | undefined;
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised). */
  Result?: number | undefined;
  Score?: number | undefined;
  Category?: string | undefined;
  SubLabel?: string | undefined;
  /** Text found by OCR, when the policy enables it. */
  Text?: string | undefined;
  PornInfo?: ImageHitInfo | undefined;
  AdsInfo?: ImageHitInfo | undefined;
  /** Only when `State` is `Failed`; documented as String. */
  Code?: string | undefined;
  Message?: string | undefined;
  JobId?: string | undefined;
  /** `Submitted`, `Success`, `Failed`, `Auditing` (live streams also `Snapshoting`). */
  State?: string | undefined;
  CreationTime?: string | undefined;
  /** The highest-priority label hit (`Normal`, `Porn`, `Ads`, …). */
  Label?: string | undefined;
  BucketId?: string | undefined;
  Region?: string | undefined;
  /** 0 not frozen, 1 frozen, 2 moved (automatic freezing). */
  ForbidState?: number | undefined;
  CosHeaders?: ModerationCosHeaders | undefined;
  [key: string]: unknown;
}

/** A Detail image moderation callback. */
export interface ReviewImageEvent {
  EventName: 'ReviewImage';
  JobsDetail: ImageModerationDetail;
  [key: string]: unknown;
}
