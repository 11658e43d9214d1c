import * as v from 'valibot';
import type * as generated from '../../types/moderation/simple.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { ModerationCosHeaders } from './cos-headers.js';
import { ReviewEventNameSchema } from './event-name.js';

/**
 * One scene's result in a Simple callback (`porn_info`, `ads_info`, …). Image and audio send
 * `score`, text, video and live `count`; the node holds both.
 */
const SimpleHitInfo = node({
  hit_flag: Numeric,
  score: Numeric,
  label: Text,
  count: Numeric,
});

/** `data` of a Simple callback, for every kind; Tencent's snake_case names are kept. */
const SimpleData = node({
  trace_id: Text,
  url: Text,
  /** The kind (`ReviewImage`, …); the console test bodies leave it out. */
  event: Text,
  /** 0 normal, 1 sensitive, 2 suspicious (human review advised). */
  result: Numeric,
  /** 0 not frozen, 1 frozen, 2 moved (automatic freezing). */
  forbidden_status: Numeric,
  data_id: Text,
  cos_headers: ModerationCosHeaders,
  porn_info: SimpleHitInfo,
  ads_info: SimpleHitInfo,
  abuse_info: SimpleHitInfo,
  illegal_info: SimpleHitInfo,
});

/**
 * A Simple moderation callback (`X-Ci-Content-Version: Simple`): `code`, `message` and `data`.
 * `EventName` is not in the body: it is set from `data.event`, or inferred, before parsing.
 */
export const ModerationSimpleEvent: v.GenericSchema<unknown, ModerationSimpleEvent> = v.looseObject({
  EventName: ReviewEventNameSchema,
  /** 0 when moderation succeeded. */
  code: Numeric,
  message: v.optional(Text),
  data: v.optional(SimpleData),
});

export type ModerationSimpleEvent = generated.ModerationSimpleEvent;
