import type * as v from 'valibot';
import type * as generated from '../../types/moderation/audio.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { AudioSection } from './audio-section.js';
import { HitSummary } from './hit-info.js';
import { ModerationListInfo } from './list-info.js';
import { type ReviewEventSchema, reviewEvent } from './review-event.js';
import { reviewJobEntries } from './review-job.js';
import { ModerationUserInfo } from './user-info.js';

/** `JobsDetail` of an audio moderation callback (音频审核). */
export const AudioModerationDetail: v.GenericSchema<unknown, AudioModerationDetail> = node({
  ...reviewJobEntries,
  DataId: Text,
  Object: Text,
  Url: Text,
  SubLabel: Text,
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised). */
  Result: Numeric,
  /** The speech recognized in the whole file. */
  AudioText: Text,
  PornInfo: HitSummary,
  AdsInfo: HitSummary,
  Section: list(AudioSection),
  UserInfo: ModerationUserInfo,
  ListInfo: ModerationListInfo,
});

/** A Detail audio moderation callback. */
export const ReviewAudioEvent: ReviewEventSchema<'ReviewAudio', ReviewAudioEvent, AudioModerationDetail> = reviewEvent('ReviewAudio', AudioModerationDetail);

export type AudioModerationDetail = generated.AudioModerationDetail;
export type ReviewAudioEvent = generated.ReviewAudioEvent;
