import * as v from 'valibot';
import { reviewEventNames, type UnknownReviewEventName } from '../../events/moderation.js';
import { excerpt } from '../../excerpt.js';
import { describe } from '../fields/text.js';

const knownReviewEventNames: ReadonlySet<string> = new Set(reviewEventNames);

/** Accepts a `Review…` name outside `reviewEventNames`; a known name must match its own schema instead. */
export const UnknownReviewEventNameSchema = v.pipe(
  v.string((issue) => `expected a moderation EventName, received ${describe(issue.input)}`),
  v.startsWith('Review', (issue) => `expected a moderation EventName starting with "Review", received ${describe(issue.input)}`),
  v.check(
    (name) => !knownReviewEventNames.has(name),
    (issue) => `EventName "${excerpt(issue.input)}" is known but its callback did not match its schema`,
  ),
  v.transform((name) => name as unknown as UnknownReviewEventName),
);

/** A moderation `EventName`: one of `reviewEventNames`, or any other `Review…` name. */
export const ReviewEventNameSchema = v.union(
  [v.picklist(reviewEventNames), UnknownReviewEventNameSchema],
  (issue) => `expected a moderation EventName starting with "Review", received ${describe(issue.input)}`,
);
