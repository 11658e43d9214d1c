import type * as v from 'valibot';
import type * as generated from '../../types/moderation/document.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { ImageHitInfo } from './hit-info.js';
import { ModerationLabels } from './labels.js';
import { ModerationListInfo } from './list-info.js';
import { type ReviewEventSchema, reviewEvent } from './review-event.js';
import { reviewJobEntries } from './review-job.js';
import { ModerationUserInfo } from './user-info.js';

/** One `PageSegment.Results` entry: a page (or spreadsheet sheet) rendered as an image and its result. */
const DocumentPageResultSchema = node({
  Url: Text,
  /** Text found by OCR on the page. */
  Text,
  PageNumber: Numeric,
  SheetNumber: Numeric,
  Label: Text,
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised). */
  Suggestion: Numeric,
  PornInfo: ImageHitInfo,
  AdsInfo: ImageHitInfo,
});
type DocumentPageResult = generated.DocumentPageResult;
const DocumentPageResult: v.GenericSchema<unknown, DocumentPageResult> = DocumentPageResultSchema;

/**
 * `JobsDetail` of a document moderation callback (文档审核). `BucketId` and `Region` come from
 * the shared entries: the table omits them but the sample carries them.
 */
export const DocumentModerationDetail: v.GenericSchema<unknown, DocumentModerationDetail> = node({
  ...reviewJobEntries,
  DataId: Text,
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised); documents say `Suggestion`, not `Result`. */
  Suggestion: Numeric,
  Object: Text,
  Url: Text,
  PageCount: Numeric,
  Labels: ModerationLabels,
  PageSegment: node({
    Results: list(DocumentPageResult),
  }),
  UserInfo: ModerationUserInfo,
  ListInfo: ModerationListInfo,
});

/** A Detail document moderation callback. */
export const ReviewDocumentEvent: ReviewEventSchema<'ReviewDocument', ReviewDocumentEvent, DocumentModerationDetail> = reviewEvent('ReviewDocument', DocumentModerationDetail);

export type DocumentModerationDetail = generated.DocumentModerationDetail;
export type ReviewDocumentEvent = generated.ReviewDocumentEvent;
