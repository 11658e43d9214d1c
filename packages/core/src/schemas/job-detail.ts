import * as v from 'valibot';
import { excerpt } from '../excerpt.js';
import type * as generated from '../types/job-detail.js';
import type { DeclaredObjectSchema } from './declared-object.js';
import { node } from './fields/node.js';
import { Text } from './fields/text.js';
import { jobEntries } from './job.js';
import { type JobRegistry, jobSchemas, type KnownTag } from './job-registry.js';

export type { KnownTag };

/** Every typed job schema, one per documented Tag, in the registry's order. */
export const typedJobs: readonly JobRegistry[KnownTag]['schema'][] = Object.values(jobSchemas);

/** The set of {@link KnownTag} values, for runtime checks. */
export const knownTags: ReadonlySet<string> = new Set(Object.keys(jobSchemas));

declare const unknownTag: unique symbol;

/**
 * The type of a Tag this version does not know (Tencent added one). At runtime it is the
 * Tag string exactly as CI sent it: read it with `String(job.Tag)`. It is opaque in types
 * because TypeScript only narrows a union on a literal when no member's Tag is a string:
 * this way `job.Tag === 'Transcode'` narrows a {@link JobDetail} to the typed Transcode job.
 */
export interface UnknownTag {
  readonly [unknownTag]: true;
}

/** Accepts any Tag outside {@link knownTags}; a known Tag must match its own schema instead. */
export const UnknownTagSchema = v.pipe(
  Text,
  v.check(
    (tag) => !knownTags.has(tag),
    (issue) => `Tag "${excerpt(issue.input)}" is known but its job did not match its schema`,
  ),
  v.transform((tag) => tag as unknown as UnknownTag),
);

/** A job whose Tag is not (yet) typed: the shared fields are typed, `Operation` is kept as it came. */
export const UnknownJob: DeclaredObjectSchema<{ readonly Tag: v.OptionalSchema<v.GenericSchema<unknown, UnknownTag>, undefined> }, UnknownJob> = v.looseObject({
  ...jobEntries,
  Tag: v.optional(UnknownTagSchema),
  Operation: v.optional(node({})),
});

// A union of the per-Tag job interfaces (the registry's `job` types): equal to the schema's
// inferred output (a type test pins that), but cheap for TypeScript to check in user code,
// where the inferred form of all 34 jobs at once passed tsc's instantiation limits.
/** One entry of `JobsDetail`, discriminated by `Tag`. */
export type JobDetail = JobRegistry[KnownTag]['job'] | UnknownJob;

/** One entry of `JobsDetail`, discriminated by `Tag`. */
export const JobDetail: v.GenericSchema<unknown, JobDetail> = v.variant('Tag', [...typedJobs, UnknownJob]);

export type UnknownJob = generated.UnknownJob;
