// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobInput } from './nodes/input.js';
import type { JobOutput } from './nodes/output.js';
import type { WorkflowRef } from './nodes/workflow-ref.js';

/** The `JobsDetail` children every job callback shares, whatever its Tag. */
export interface JobFields {
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

/** The `Operation` children every job shares. */
export interface OperationFields {
  TemplateId?: string | undefined;
  TemplateName?: string | undefined;
  UserData?: string | undefined;
  /** Documented as String; JSON bodies send `0`, which becomes `"0"`. */
  JobLevel?: string | undefined;
  Output?: JobOutput | undefined;
  [key: string]: unknown;
}
