import * as v from 'valibot';
import type * as generated from '../types/workflow-finish.js';
import { list } from './fields/list.js';
import { node } from './fields/node.js';
import { Text } from './fields/text.js';
import { CosHeaderList } from './nodes/cos-headers.js';

/** One node run of a workflow (`WorkflowExecution.Tasks`). */
export const WorkflowTask: v.GenericSchema<unknown, WorkflowTask> = node({
  /** The node's job Tag, e.g. `Transcode`, `Snapshot`. */
  Type: Text,
  /** Spelled `CreateTime` in every sample; the field table spells it `Createtime`. */
  CreateTime: Text,
  Createtime: Text,
  StartTime: Text,
  EndTime: Text,
  State: Text,
  JobId: Text,
  Name: Text,
  TemplateId: Text,
  TemplateName: Text,
});

/** `WorkflowExecution`: one run of a workflow. `Tasks` and `CosHeaders` are always lists (empty when absent). */
export const WorkflowExecution: v.GenericSchema<unknown, WorkflowExecution> = v.looseObject({
  WorkflowId: v.optional(Text),
  WorkflowName: v.optional(Text),
  RunId: v.optional(Text),
  State: v.optional(Text),
  BucketId: v.optional(Text),
  Object: v.optional(Text),
  CreateTime: v.optional(Text),
  CosHeaders: v.optional(CosHeaderList, () => []),
  Tasks: v.optional(list(WorkflowTask), () => []),
});

/** `WorkflowFinish`: a workflow run ended. Older bodies have no `EventName`; it is inferred. */
export const WorkflowFinishEvent: v.GenericSchema<unknown, WorkflowFinishEvent> = v.looseObject({
  EventName: v.literal('WorkflowFinish'),
  WorkflowExecution,
});

export type WorkflowTask = generated.WorkflowTask;
export type WorkflowExecution = generated.WorkflowExecution;
export type WorkflowFinishEvent = generated.WorkflowFinishEvent;
