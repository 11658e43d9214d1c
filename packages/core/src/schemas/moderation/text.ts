import type * as v from 'valibot';
import type * as generated from '../../types/moderation/text.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { HitSummary, TextHitInfo } from './hit-info.js';
import { ModerationListInfo } from './list-info.js';
import { type ReviewEventSchema, reviewEvent } from './review-event.js';
import { reviewJobEntries } from './review-job.js';
import { ModerationUserInfo } from './user-info.js';

/** One `Section` of a text job: a slice of the text starting at `StartByte`. */
const TextSection = node({
  StartByte: Numeric,
  Label: Text,
  Result: Numeric,
  PornInfo: TextHitInfo,
  AdsInfo: TextHitInfo,
  IllegalInfo: TextHitInfo,
  AbuseInfo: TextHitInfo,
});

/** `JobsDetail` of a text moderation callback (文本审核). */
export const TextModerationDetail: v.GenericSchema<unknown, TextModerationDetail> = node({
  ...reviewJobEntries,
  DataId: Text,
  Object: Text,
  /** The moderated text, when the job was submitted with inline content rather than an object. */
  Content: Text,
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised). */
  Result: Numeric,
  PornInfo: HitSummary,
  AdsInfo: HitSummary,
  IllegalInfo: HitSummary,
  AbuseInfo: HitSummary,
  SectionCount: Numeric,
  Section: list(TextSection),
  UserInfo: ModerationUserInfo,
  ListInfo: ModerationListInfo,
});

/** A Detail text moderation callback. */
export const ReviewTextEvent: ReviewEventSchema<'ReviewText', ReviewTextEvent, TextModerationDetail> = reviewEvent('ReviewText', TextModerationDetail);

export type TextModerationDetail = generated.TextModerationDetail;
export type ReviewTextEvent = generated.ReviewTextEvent;
