import type { ComparedField } from './first-difference.js';

/**
 * What {@link createCiConfirm} compares between a callback and CI's record, per unit: its
 * identity, outcome and objects (where it read, where it wrote, what it decided), so that a
 * forged body cannot keep a real id and change what it reports. `wanxiang verify` prints the same
 * fields.
 */
export const COMPARED_FIELDS: {
  /** Each entry of a TaskFinish's `JobsDetail`, against the job CI lists under its JobId. */
  readonly job: readonly ComparedField[];
  /** A WorkflowFinish's `WorkflowExecution`, against the run CI lists under its RunId. */
  readonly run: readonly ComparedField[];
  /** A Detail moderation callback's `JobsDetail`, against the moderation job. */
  readonly moderation: readonly ComparedField[];
  /** A Simple moderation result's `data`, which names its verdict in its own words, against the moderation job. */
  readonly simple: readonly ComparedField[];
} = {
  job: [
    'State',
    'Tag',
    'Code',
    'QueueId',
    'Input.Object',
    'Workflow.WorkflowId',
    'Workflow.RunId',
    'Workflow.Name',
    'Operation.UserData',
    'Operation.Output.Bucket',
    'Operation.Output.Region',
    'Operation.Output.Object',
  ],
  run: ['WorkflowId', 'WorkflowName', 'State', 'Object', 'Tasks.*.Type', 'Tasks.*.State', 'Tasks.*.JobId'],
  moderation: ['State', 'Code', 'Object', 'Url', 'DataId', 'Result', 'Label', 'Score', 'ForbidState'],
  simple: [
    ['data_id', 'DataId'],
    ['result', 'Result'],
    ['forbidden_status', 'ForbidState'],
  ],
};
