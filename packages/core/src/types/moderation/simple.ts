// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { UnknownReviewEventName } from '../../events/moderation.js';
import type { ModerationCosHeaders } from './cos-headers.js';

/**
 * A Simple moderation callback (`X-Ci-Content-Version: Simple`): `code`, `message` and `data`.
 * `EventName` is not in the body: it is set from `data.event`, or inferred, before parsing.
 */
export interface ModerationSimpleEvent {
  EventName: 'ReviewImage' | 'ReviewText' | 'ReviewAudio' | 'ReviewVideo' | 'ReviewDocument' | 'ReviewHtml' | UnknownReviewEventName;
  /** 0 when moderation succeeded. */
  code: number;
  message?: string | undefined;
  data?: {
    trace_id?: string | undefined;
    url?: string | undefined;
    /** The kind (`ReviewImage`, …); the console test bodies leave it out. */
    event?: string | undefined;
    /** 0 normal, 1 sensitive, 2 suspicious (human review advised). */
    result?: number | undefined;
    /** 0 not frozen, 1 frozen, 2 moved (automatic freezing). */
    forbidden_status?: number | undefined;
    data_id?: string | undefined;
    cos_headers?: ModerationCosHeaders | undefined;
    porn_info?: {
      hit_flag?: number | undefined;
      score?: number | undefined;
      label?: string | undefined;
      count?: number | undefined;
      [key: string]: unknown;
    } | undefined;
    ads_info?: {
      hit_flag?: number | undefined;
      score?: number | undefined;
      label?: string | undefined;
      count?: number | undefined;
      [key: string]: unknown;
    } | undefined;
    abuse_info?: {
      hit_flag?: number | undefined;
      score?: number | undefined;
      label?: string | undefined;
      count?: number | undefined;
      [key: string]: unknown;
    } | undefined;
    illegal_info?: {
      hit_flag?: number | undefined;
      score?: number | undefined;
      label?: string | undefined;
      count?: number | undefined;
      [key: string]: unknown;
    } | undefined;
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
