// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { CosHeader } from './nodes/cos-headers.js';

/** One node run of a workflow (`WorkflowExecution.Tasks`). */
export interface WorkflowTask {
  /** The node's job Tag, e.g. `Transcode`, `Snapshot`. */
  Type?: string | undefined;
  /** Spelled `CreateTime` in every sample; the field table spells it `Createtime`. */
  CreateTime?: string | undefined;
  Createtime?: string | undefined;
  StartTime?: string | undefined;
  EndTime?: string | undefined;
  State?: string | undefined;
  JobId?: string | undefined;
  Name?: string | undefined;
  TemplateId?: string | undefined;
  TemplateName?: string | undefined;
  [key: string]: unknown;
}

/** `WorkflowExecution`: one run of a workflow. `Tasks` and `CosHeaders` are always lists (empty when absent). */
export interface WorkflowExecution {
  WorkflowId?: string | undefined;
  WorkflowName?: string | undefined;
  RunId?: string | undefined;
  State?: string | undefined;
  BucketId?: string | undefined;
  Object?: string | undefined;
  CreateTime?: string | undefined;
  CosHeaders: CosHeader[];
  Tasks: WorkflowTask[];
  [key: string]: unknown;
}

/** `WorkflowFinish`: a workflow run ended. Older bodies have no `EventName`; it is inferred. */
export interface WorkflowFinishEvent {
  EventName: 'WorkflowFinish';
  WorkflowExecution: WorkflowExecution;
  [key: string]: unknown;
}
