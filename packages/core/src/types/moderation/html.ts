// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { ImageHitInfo, TextHitInfo } from './hit-info.js';
import type { ModerationLabels } from './labels.js';
import type { ModerationListInfo } from './list-info.js';
import type { ReviewJobFields } from './review-job.js';
import type { ModerationUserInfo } from './user-info.js';

/** One `ImageResults.Results` entry: an image of the page and its result. */
export interface HtmlImageResult {
  Url?: string | undefined;
  /** Text found by OCR in the image. */
  Text?: string | undefined;
  Label?: string | undefined;
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised). */
  Suggestion?: number | undefined;
  PornInfo?: ImageHitInfo | undefined;
  AdsInfo?: ImageHitInfo | undefined;
  [key: string]: unknown;
}

/** One `TextResults.Results` entry: a piece of the page's text and its result. */
export interface HtmlTextResult {
  Text?: string | undefined;
  Label?: string | undefined;
  Suggestion?: number | undefined;
  PornInfo?: TextHitInfo | undefined;
  AdsInfo?: TextHitInfo | undefined;
  [key: string]: unknown;
}

/**
 * `JobsDetail` of a web-page moderation callback (网页审核). `BucketId`, `Region`, `ForbidState`
 * and `CosHeaders` come from the shared entries: the table omits them but the sample carries them.
 */
export interface HtmlModerationDetail extends ReviewJobFields {
  DataId?: string | undefined;
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised); pages say `Suggestion`, not `Result`. */
  Suggestion?: number | undefined;
  Url?: string | undefined;
  PageCount?: number | undefined;
  Labels?: ModerationLabels | undefined;
  ImageResults?: {
    Results?: HtmlImageResult[] | undefined;
    [key: string]: unknown;
  } | undefined;
  TextResults?: {
    Results?: HtmlTextResult[] | undefined;
    [key: string]: unknown;
  } | undefined;
  /** The page with its offending parts highlighted. */
  HighlightHtml?: string | undefined;
  UserInfo?: ModerationUserInfo | undefined;
  ListInfo?: ModerationListInfo | undefined;
  [key: string]: unknown;
}

/** A Detail web-page moderation callback. */
export interface ReviewHtmlEvent {
  EventName: 'ReviewHtml';
  JobsDetail: HtmlModerationDetail;
  [key: string]: unknown;
}
