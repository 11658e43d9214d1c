import type * as v from 'valibot';
import type * as generated from '../../types/moderation/image.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { ImageHitInfo } from './hit-info.js';
import { type ReviewEventSchema, reviewEvent } from './review-event.js';
import { reviewJobEntries } from './review-job.js';

/** `JobsDetail` of an image moderation callback (图片审核). */
export const ImageModerationDetail: v.GenericSchema<unknown, ImageModerationDetail> = node({
  ...reviewJobEntries,
  /** 1 when the image was compressed before moderation. */
  CompressionResult: Numeric,
  Object: Text,
  Url: Text,
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised). */
  Result: Numeric,
  Score: Numeric,
  Category: Text,
  SubLabel: Text,
  /** Text found by OCR, when the policy enables it. */
  Text,
  PornInfo: ImageHitInfo,
  AdsInfo: ImageHitInfo,
});

/** A Detail image moderation callback. */
export const ReviewImageEvent: ReviewEventSchema<'ReviewImage', ReviewImageEvent, ImageModerationDetail> = reviewEvent('ReviewImage', ImageModerationDetail);

export type ImageModerationDetail = generated.ImageModerationDetail;
export type ReviewImageEvent = generated.ReviewImageEvent;
