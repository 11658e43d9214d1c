import { reviewEventSchemas } from '../schemas/moderation/review-registry.js';
import type { AudioModerationDetail, ReviewAudioEvent } from '../types/moderation/audio.js';
import type { UnknownReviewEvent } from '../types/moderation/detail-event.js';
import type { DocumentModerationDetail, ReviewDocumentEvent } from '../types/moderation/document.js';
import type { HtmlModerationDetail, ReviewHtmlEvent } from '../types/moderation/html.js';
import type { ImageModerationDetail, ReviewImageEvent } from '../types/moderation/image.js';
import type { ModerationSimpleEvent } from '../types/moderation/simple.js';
import type { ReviewTextEvent, TextModerationDetail } from '../types/moderation/text.js';
import type { ReviewVideoEvent, VideoModerationDetail } from '../types/moderation/video.js';

/** One moderation kind's entry: its Detail event interface and its `JobsDetail` type. */
export interface ReviewEntry<TEvent, TDetail> {
  readonly event: TEvent;
  readonly detail: TDetail;
}

/**
 * Every typed moderation kind by its `EventName`: the one list of moderation kinds.
 * {@link ReviewEventName}, {@link reviewEventNames}, {@link ModerationDetailEvent}, the Simple
 * shape's name check and the receiver's `EventMap` derive from it, and `reviewEventSchemas`
 * (in `@wanxiang/core/schemas`) must hold one Detail schema per key, each parsing to its
 * `event`: the compiler refuses the two lists when they differ. The index and the README list
 * each kind (a test compares both with it). Live-stream moderation calls back as `ReviewVideo`.
 */
export interface ReviewRegistry {
  ReviewImage: ReviewEntry<ReviewImageEvent, ImageModerationDetail>;
  ReviewText: ReviewEntry<ReviewTextEvent, TextModerationDetail>;
  ReviewAudio: ReviewEntry<ReviewAudioEvent, AudioModerationDetail>;
  ReviewVideo: ReviewEntry<ReviewVideoEvent, VideoModerationDetail>;
  ReviewDocument: ReviewEntry<ReviewDocumentEvent, DocumentModerationDetail>;
  ReviewHtml: ReviewEntry<ReviewHtmlEvent, HtmlModerationDetail>;
}

/** A typed moderation `EventName`. Live-stream moderation calls back as `ReviewVideo`. */
export type ReviewEventName = keyof ReviewRegistry;

/** The `EventName` of every moderation callback this version types, in the registry's order. */
export const reviewEventNames: readonly ReviewEventName[] = Object.keys(reviewEventSchemas) as ReviewEventName[];

/**
 * Both shapes a callback of moderation kind `N` arrives in: its Detail event, or a Simple event
 * naming it. `Extract<CallbackEvent, { EventName: N }>` gives only the Detail one, because the
 * Simple event's `EventName` is the whole union of names.
 */
export type ReviewEventOf<N extends ReviewEventName> = ReviewRegistry[N]['event'] | (ModerationSimpleEvent & { readonly EventName: N });

/** A Detail moderation callback (`X-Ci-Content-Version: Detail`), discriminated by `EventName`. */
export type ModerationDetailEvent = ReviewRegistry[ReviewEventName]['event'] | UnknownReviewEvent;

declare const unknownReviewEventName: unique symbol;

/**
 * A moderation `EventName` this version does not know (Tencent added a kind). At runtime it is
 * the name exactly as CI sent it: read it with `String(event.EventName)`. It is opaque in types
 * because TypeScript only narrows a union on a literal when no member's name is a plain string:
 * this way `event.EventName === 'ReviewImage'` narrows to the typed image event.
 */
export interface UnknownReviewEventName {
  readonly [unknownReviewEventName]: true;
}
