import * as v from 'valibot';
import type * as events from '../../events/moderation.js';
import type * as generated from '../../types/moderation/detail-event.js';
import type { DeclaredObjectSchema } from '../declared-object.js';
import { node } from '../fields/node.js';
import { describe } from '../fields/text.js';
import { UnknownReviewEventNameSchema } from './event-name.js';
import { reviewJobEntries } from './review-job.js';
import { reviewEventSchemas } from './review-registry.js';

/** A Detail callback of a kind this version does not type: the shared `JobsDetail` children are typed, the rest kept. */
export const UnknownReviewEvent: DeclaredObjectSchema<{ readonly EventName: v.GenericSchema<unknown, events.UnknownReviewEventName> }, UnknownReviewEvent> = v.looseObject({
  EventName: UnknownReviewEventNameSchema,
  JobsDetail: node(reviewJobEntries),
});

/** A Detail moderation callback (`X-Ci-Content-Version: Detail`), discriminated by `EventName`. */
export type ModerationDetailEvent = events.ModerationDetailEvent;

/** A Detail moderation callback (`X-Ci-Content-Version: Detail`), discriminated by `EventName`. */
export const ModerationDetailEvent: v.GenericSchema<unknown, ModerationDetailEvent> = v.variant(
  'EventName',
  [...Object.values(reviewEventSchemas), UnknownReviewEvent],
  (issue) => `expected a moderation EventName starting with "Review", received ${describe(issue.input)}`,
);

export type UnknownReviewEvent = generated.UnknownReviewEvent;
