// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.

/** `JobsDetail.Workflow`: present when a workflow, not an API call, started the job. */
export interface WorkflowRef {
  RunId?: string | undefined;
  WorkflowId?: string | undefined;
  WorkflowName?: string | undefined;
  Name?: string | undefined;
  [key: string]: unknown;
}
