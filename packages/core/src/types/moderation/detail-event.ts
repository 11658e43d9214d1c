// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { UnknownReviewEventName } from '../../events/moderation.js';
import type { ReviewJobFields } from './review-job.js';

/** A Detail callback of a kind this version does not type: the shared `JobsDetail` children are typed, the rest kept. */
export interface UnknownReviewEvent {
  EventName: UnknownReviewEventName;
  JobsDetail: UnknownReviewEventJobsDetail;
  [key: string]: unknown;
}

/** `JobsDetail` of {@link UnknownReviewEvent}. */
export interface UnknownReviewEventJobsDetail extends ReviewJobFields {
  [key: string]: unknown;
}
