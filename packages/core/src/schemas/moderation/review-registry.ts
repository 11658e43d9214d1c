import type * as v from 'valibot';
import { type AudioModerationDetail, ReviewAudioEvent } from './audio.js';
import { type DocumentModerationDetail, ReviewDocumentEvent } from './document.js';
import { type HtmlModerationDetail, ReviewHtmlEvent } from './html.js';
import { type ImageModerationDetail, ReviewImageEvent } from './image.js';
import type { ModerationSimpleEvent } from './simple.js';
import { ReviewTextEvent, type TextModerationDetail } from './text.js';
import { ReviewVideoEvent, type VideoModerationDetail } from './video.js';

/**
 * One moderation kind's entry: the Detail event's schema (`EventName` is the literal that
 * discriminates it), its named event interface and its `JobsDetail` type, equal to what the
 * schema infers (a type test pins that).
 */
export interface ReviewEntry<TSchema extends v.GenericSchema, TEvent, TDetail> {
  readonly schema: TSchema;
  readonly event: TEvent;
  readonly detail: TDetail;
}

/**
 * Every typed moderation kind by its `EventName`: the one list of moderation kinds.
 * `ReviewEventName`, `reviewEventNames`, `ModerationDetailEvent` (type and schema), the Simple
 * shape's name check and the receiver's `EventMap` derive from it; the index exports each
 * schema and the README lists each, and a test compares both with it. Live-stream moderation
 * calls back as `ReviewVideo`. Adding a kind is one line here and one in
 * {@link reviewEventSchemas}: the compiler refuses the two lists when they differ.
 */
export interface ReviewRegistry {
  ReviewImage: ReviewEntry<typeof ReviewImageEvent, ReviewImageEvent, ImageModerationDetail>;
  ReviewText: ReviewEntry<typeof ReviewTextEvent, ReviewTextEvent, TextModerationDetail>;
  ReviewAudio: ReviewEntry<typeof ReviewAudioEvent, ReviewAudioEvent, AudioModerationDetail>;
  ReviewVideo: ReviewEntry<typeof ReviewVideoEvent, ReviewVideoEvent, VideoModerationDetail>;
  ReviewDocument: ReviewEntry<typeof ReviewDocumentEvent, ReviewDocumentEvent, DocumentModerationDetail>;
  ReviewHtml: ReviewEntry<typeof ReviewHtmlEvent, ReviewHtmlEvent, HtmlModerationDetail>;
}

/** A typed moderation `EventName`. Live-stream moderation calls back as `ReviewVideo`. */
export type ReviewEventName = keyof ReviewRegistry;

/**
 * Both shapes a callback of moderation kind `N` arrives in: its Detail event, or a Simple event
 * naming it. `Extract<CallbackEvent, { EventName: N }>` gives only the Detail one, because the
 * Simple event's `EventName` is the whole union of names.
 */
export type ReviewEventOf<N extends ReviewEventName> = ReviewRegistry[N]['event'] | (ModerationSimpleEvent & { readonly EventName: N });

/** The Detail schema of each typed moderation kind: `reviewEventSchemas.ReviewImage` checks one image result. */
export const reviewEventSchemas: { readonly [N in ReviewEventName]: ReviewRegistry[N]['schema'] } = {
  ReviewImage: ReviewImageEvent,
  ReviewText: ReviewTextEvent,
  ReviewAudio: ReviewAudioEvent,
  ReviewVideo: ReviewVideoEvent,
  ReviewDocument: ReviewDocumentEvent,
  ReviewHtml: ReviewHtmlEvent,
};
