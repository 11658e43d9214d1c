import * as v from 'valibot';
import { Text } from '../fields/text.js';
import { node } from '../fields/node.js';

const WorkflowRefSchema = node({
  RunId: Text,
  WorkflowId: Text,
  WorkflowName: Text,
  Name: Text,
});

/** `JobsDetail.Workflow`: present when a workflow, not an API call, started the job. */
export interface WorkflowRef extends v.InferOutput<typeof WorkflowRefSchema> {}

/** `JobsDetail.Workflow`: present when a workflow, not an API call, started the job. */
export const WorkflowRef: v.GenericSchema<unknown, WorkflowRef> = WorkflowRefSchema;

