import * as v from 'valibot';
import type * as generated from '../../types/moderation/detail-event.js';
import type { DeclaredObjectSchema } from '../declared-object.js';
import { node } from '../fields/node.js';
import { describe } from '../fields/text.js';
import { type UnknownReviewEventName, UnknownReviewEventNameSchema } from './event-name.js';
import { reviewJobEntries } from './review-job.js';
import { type ReviewEventName, type ReviewRegistry, reviewEventSchemas } from './review-registry.js';

/** A Detail callback of a kind this version does not type: the shared `JobsDetail` children are typed, the rest kept. */
export const UnknownReviewEvent: DeclaredObjectSchema<{ readonly EventName: v.GenericSchema<unknown, UnknownReviewEventName> }, UnknownReviewEvent> = v.looseObject({
  EventName: UnknownReviewEventNameSchema,
  JobsDetail: node(reviewJobEntries),
});

/**
 * A Detail moderation callback (`X-Ci-Content-Version: Detail`), discriminated by `EventName`.
 * A union of the per-kind interfaces of the registry, equal to the schema's inferred output (a type test pins
 * that) but cheap for TypeScript to check in user code.
 */
export type ModerationDetailEvent = ReviewRegistry[ReviewEventName]['event'] | UnknownReviewEvent;

/** A Detail moderation callback (`X-Ci-Content-Version: Detail`), discriminated by `EventName`. */
export const ModerationDetailEvent: v.GenericSchema<unknown, ModerationDetailEvent> = v.variant(
  'EventName',
  [...Object.values(reviewEventSchemas), UnknownReviewEvent],
  (issue) => `expected a moderation EventName starting with "Review", received ${describe(issue.input)}`,
);

export type UnknownReviewEvent = generated.UnknownReviewEvent;
