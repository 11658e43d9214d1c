import * as v from 'valibot';
import { excerpt } from '../../excerpt.js';
import { describe } from '../fields/text.js';
import { type ReviewEventName, reviewEventSchemas } from './review-registry.js';

export type { ReviewEventName };

/** The `EventName` of every moderation callback this version types, in the registry's order. */
export const reviewEventNames: readonly ReviewEventName[] = Object.keys(reviewEventSchemas) as ReviewEventName[];

const knownReviewEventNames: ReadonlySet<string> = new Set(reviewEventNames);

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

/** Accepts a `Review…` name outside {@link reviewEventNames}; a known name must match its own schema instead. */
export const UnknownReviewEventNameSchema = v.pipe(
  v.string((issue) => `expected a moderation EventName, received ${describe(issue.input)}`),
  v.startsWith('Review', (issue) => `expected a moderation EventName starting with "Review", received ${describe(issue.input)}`),
  v.check(
    (name) => !knownReviewEventNames.has(name),
    (issue) => `EventName "${excerpt(issue.input)}" is known but its callback did not match its schema`,
  ),
  v.transform((name) => name as unknown as UnknownReviewEventName),
);

/** A moderation `EventName`: one of {@link reviewEventNames}, or any other `Review…` name. */
export const ReviewEventNameSchema = v.union(
  [v.picklist(reviewEventNames), UnknownReviewEventNameSchema],
  (issue) => `expected a moderation EventName starting with "Review", received ${describe(issue.input)}`,
);
