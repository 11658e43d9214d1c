import * as v from 'valibot';
import { Text } from '../fields/text.js';
import { node } from '../fields/node.js';

/** `JobsDetail.Workflow`: present when a workflow, not an API call, started the job. */
export const WorkflowRef = node({
  RunId: Text,
  WorkflowId: Text,
  WorkflowName: Text,
  Name: Text,
});

export type WorkflowRef = v.InferOutput<typeof WorkflowRef>;
