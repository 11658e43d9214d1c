// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { ImageHitInfo } from './hit-info.js';
import type { ModerationLabels } from './labels.js';
import type { ModerationListInfo } from './list-info.js';
import type { ReviewJobFields } from './review-job.js';
import type { ModerationUserInfo } from './user-info.js';

/** One `PageSegment.Results` entry: a page (or spreadsheet sheet) rendered as an image and its result. */
export interface DocumentPageResult {
  Url?: string | undefined;
  /** Text found by OCR on the page. */
  Text?: string | undefined;
  PageNumber?: number | undefined;
  SheetNumber?: number | undefined;
  Label?: string | undefined;
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised). */
  Suggestion?: number | undefined;
  PornInfo?: ImageHitInfo | undefined;
  AdsInfo?: ImageHitInfo | undefined;
  [key: string]: unknown;
}

/**
 * `JobsDetail` of a document moderation callback (文档审核). `BucketId` and `Region` come from
 * the shared entries: the table omits them but the sample carries them.
 */
export interface DocumentModerationDetail extends ReviewJobFields {
  DataId?: string | undefined;
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised); documents say `Suggestion`, not `Result`. */
  Suggestion?: number | undefined;
  Object?: string | undefined;
  Url?: string | undefined;
  PageCount?: number | undefined;
  Labels?: ModerationLabels | undefined;
  PageSegment?: {
    Results?: DocumentPageResult[] | undefined;
    [key: string]: unknown;
  } | undefined;
  UserInfo?: ModerationUserInfo | undefined;
  ListInfo?: ModerationListInfo | undefined;
  [key: string]: unknown;
}

/** A Detail document moderation callback. */
export interface ReviewDocumentEvent {
  EventName: 'ReviewDocument';
  JobsDetail: DocumentModerationDetail;
  [key: string]: unknown;
}
