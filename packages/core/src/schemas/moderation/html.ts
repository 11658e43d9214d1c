import type * as v from 'valibot';
import type * as generated from '../../types/moderation/html.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { ImageHitInfo, TextHitInfo } from './hit-info.js';
import { ModerationLabels } from './labels.js';
import { ModerationListInfo } from './list-info.js';
import { type ReviewEventSchema, reviewEvent } from './review-event.js';
import { reviewJobEntries } from './review-job.js';
import { ModerationUserInfo } from './user-info.js';

/** One `ImageResults.Results` entry: an image of the page and its result. */
const HtmlImageResultSchema = node({
  Url: Text,
  /** Text found by OCR in the image. */
  Text,
  Label: Text,
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised). */
  Suggestion: Numeric,
  PornInfo: ImageHitInfo,
  AdsInfo: ImageHitInfo,
});
type HtmlImageResult = generated.HtmlImageResult;
const HtmlImageResult: v.GenericSchema<unknown, HtmlImageResult> = HtmlImageResultSchema;

/** One `TextResults.Results` entry: a piece of the page's text and its result. */
const HtmlTextResultSchema = node({
  Text,
  Label: Text,
  Suggestion: Numeric,
  PornInfo: TextHitInfo,
  AdsInfo: TextHitInfo,
});
type HtmlTextResult = generated.HtmlTextResult;
const HtmlTextResult: v.GenericSchema<unknown, HtmlTextResult> = HtmlTextResultSchema;

/**
 * `JobsDetail` of a web-page moderation callback (网页审核). `BucketId`, `Region`, `ForbidState`
 * and `CosHeaders` come from the shared entries: the table omits them but the sample carries them.
 */
export const HtmlModerationDetail: v.GenericSchema<unknown, HtmlModerationDetail> = node({
  ...reviewJobEntries,
  DataId: Text,
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised); pages say `Suggestion`, not `Result`. */
  Suggestion: Numeric,
  Url: Text,
  PageCount: Numeric,
  Labels: ModerationLabels,
  ImageResults: node({
    Results: list(HtmlImageResult),
  }),
  TextResults: node({
    Results: list(HtmlTextResult),
  }),
  /** The page with its offending parts highlighted. */
  HighlightHtml: Text,
  UserInfo: ModerationUserInfo,
  ListInfo: ModerationListInfo,
});

/** A Detail web-page moderation callback. */
export const ReviewHtmlEvent: ReviewEventSchema<'ReviewHtml', ReviewHtmlEvent, HtmlModerationDetail> = reviewEvent('ReviewHtml', HtmlModerationDetail);

export type HtmlModerationDetail = generated.HtmlModerationDetail;
export type ReviewHtmlEvent = generated.ReviewHtmlEvent;
