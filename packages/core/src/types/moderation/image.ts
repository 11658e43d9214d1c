// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { ImageHitInfo } from './hit-info.js';
import type { ReviewJobFields } from './review-job.js';

/** `JobsDetail` of an image moderation callback (图片审核). */
export interface ImageModerationDetail extends ReviewJobFields {
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
  [key: string]: unknown;
}

/** A Detail image moderation callback. */
export interface ReviewImageEvent {
  EventName: 'ReviewImage';
  JobsDetail: ImageModerationDetail;
  [key: string]: unknown;
}
