import * as v from 'valibot';
import type { DeclaredObjectSchema } from './declared-object.js';
import { node } from './fields/node.js';
import { Text } from './fields/text.js';
import { JobInput } from './nodes/input.js';
import { JobOutput } from './nodes/output.js';
import { WorkflowRef } from './nodes/workflow-ref.js';

/** The `JobsDetail` children every job callback shares, whatever its Tag. */
export const jobEntries = {
  Code: v.optional(Text),
  Message: v.optional(Text),
  JobId: v.optional(Text),
  State: v.optional(Text),
  /** Documented as String (percent done); `"100"` when finished. */
  Progress: v.optional(Text),
  CreationTime: v.optional(Text),
  /**
   * Text, as documented: job lookups and submit answers show `-` here while a job runs, so a
   * time is parsed on demand (`parseCiTime`, which refuses `-`), never by the schema.
   */
  StartTime: v.optional(Text),
  EndTime: v.optional(Text),
  QueueId: v.optional(Text),
  /** Sub-type of some AI jobs (e.g. WordsGeneralize). */
  SubTag: v.optional(Text),
  Input: v.optional(JobInput),
  Workflow: v.optional(WorkflowRef),
};

/** The `Operation` children every job shares. */
export const operationEntries = {
  TemplateId: Text,
  TemplateName: Text,
  UserData: Text,
  /** Documented as String; JSON bodies send `0`, which becomes `"0"`. */
  JobLevel: Text,
  Output: JobOutput,
};

/** The declared type of a typed job's schema: `Tag` is the literal that discriminates it, `TJob` its output. */
export type JobSchema<TTag extends string, TJob> = DeclaredObjectSchema<{ readonly Tag: v.LiteralSchema<TTag, undefined> }, TJob>;

/**
 * The schema of one typed job: `Tag` is the literal that discriminates it and `Operation`
 * holds the shared children plus the Tag's own (`operation`).
 */
export function job<TTag extends string, TOperation extends v.ObjectEntries>(tag: TTag, operation: TOperation) {
  return v.looseObject({
    ...jobEntries,
    Tag: v.literal(tag),
    Operation: v.optional(node({ ...operationEntries, ...operation })),
  });
}
