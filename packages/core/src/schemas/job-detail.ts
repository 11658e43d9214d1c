import * as v from 'valibot';
import type * as events from '../events/job-detail.js';
import { knownTags } from '../events/job-detail.js';
import { excerpt } from '../excerpt.js';
import type * as generated from '../types/job-detail.js';
import type { DeclaredObjectSchema } from './declared-object.js';
import { node } from './fields/node.js';
import { Text } from './fields/text.js';
import { jobEntries } from './job.js';
import { jobSchemas } from './job-registry.js';

/** Every typed job schema, one per documented Tag, in the registry's order. */
export const typedJobs: readonly (typeof jobSchemas)[events.KnownTag][] = Object.values(jobSchemas);

/** Accepts any Tag outside `knownTags`; a known Tag must match its own schema instead. */
export const UnknownTagSchema = v.pipe(
  Text,
  v.check(
    (tag) => !knownTags.has(tag),
    (issue) => `Tag "${excerpt(issue.input)}" is known but its job did not match its schema`,
  ),
  v.transform((tag) => tag as unknown as events.UnknownTag),
);

/** A job whose Tag is not (yet) typed: the shared fields are typed, `Operation` is kept as it came. */
export const UnknownJob: DeclaredObjectSchema<{ readonly Tag: v.OptionalSchema<v.GenericSchema<unknown, events.UnknownTag>, undefined> }, UnknownJob> = v.looseObject({
  ...jobEntries,
  Tag: v.optional(UnknownTagSchema),
  Operation: v.optional(node({})),
});

/** One entry of `JobsDetail`, discriminated by `Tag`. */
export type JobDetail = events.JobDetail;

/** One entry of `JobsDetail`, discriminated by `Tag`. */
export const JobDetail: v.GenericSchema<unknown, JobDetail> = v.variant('Tag', [...typedJobs, UnknownJob]);

export type UnknownJob = generated.UnknownJob;
