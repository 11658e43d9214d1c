// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { UnknownTag } from '../events/job-detail.js';
import type { JobInput } from './nodes/input.js';
import type { WorkflowRef } from './nodes/workflow-ref.js';

/** A job whose Tag is not (yet) typed: the shared fields are typed, `Operation` is kept as it came. */
export interface UnknownJob {
  Tag?: UnknownTag | undefined;
  Operation?: {
    [key: string]: unknown;
  } | undefined;
  Code?: string | undefined;
  Message?: string | undefined;
  JobId?: string | undefined;
  State?: string | undefined;
  /** Documented as String (percent done); `"100"` when finished. */
  Progress?: string | undefined;
  CreationTime?: string | undefined;
  /**
   * Text, as documented: job lookups and submit answers show `-` here while a job runs, so a
   * time is parsed on demand (`parseCiTime`, which refuses `-`), never by the schema.
   */
  StartTime?: string | undefined;
  EndTime?: string | undefined;
  QueueId?: string | undefined;
  /** Sub-type of some AI jobs (e.g. WordsGeneralize). */
  SubTag?: string | undefined;
  Input?: JobInput | undefined;
  Workflow?: WorkflowRef | undefined;
  [key: string]: unknown;
}
