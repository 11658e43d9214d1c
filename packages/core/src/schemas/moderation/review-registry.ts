import type { ReviewEventName, ReviewRegistry } from '../../events/moderation.js';
import { ReviewAudioEvent } from './audio.js';
import { ReviewDocumentEvent } from './document.js';
import { ReviewHtmlEvent } from './html.js';
import { ReviewImageEvent } from './image.js';
import type { ReviewEventSchema } from './review-event.js';
import { ReviewTextEvent } from './text.js';
import { ReviewVideoEvent } from './video.js';

/**
 * The Detail schema of each typed moderation kind: `reviewEventSchemas.ReviewImage` checks one
 * image result. Its keys are {@link ReviewRegistry}'s, and each schema parses to that kind's
 * event: the compiler checks both.
 */
export const reviewEventSchemas: { readonly [N in ReviewEventName]: ReviewEventSchema<N, ReviewRegistry[N]['event'], ReviewRegistry[N]['detail']> } = {
  ReviewImage: ReviewImageEvent,
  ReviewText: ReviewTextEvent,
  ReviewAudio: ReviewAudioEvent,
  ReviewVideo: ReviewVideoEvent,
  ReviewDocument: ReviewDocumentEvent,
  ReviewHtml: ReviewHtmlEvent,
};
