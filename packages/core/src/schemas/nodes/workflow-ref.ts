import type * as v from 'valibot';
import type * as generated from '../../types/nodes/workflow-ref.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';

const WorkflowRefSchema = node({
  RunId: Text,
  WorkflowId: Text,
  WorkflowName: Text,
  Name: Text,
});

// One node, as the table says and every sample shows; cos-go-sdk-v5 types it as a list
// (ci_media.go:867), which no callback has shown: a repeated `<Workflow>` is moved out by the
// lenient reading (test/spec-conformance.test.ts lists the decision).

export type WorkflowRef = generated.WorkflowRef;

/** `JobsDetail.Workflow`: present when a workflow, not an API call, started the job. */
export const WorkflowRef: v.GenericSchema<unknown, WorkflowRef> = WorkflowRefSchema;
