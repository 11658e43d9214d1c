import * as v from 'valibot';
import type * as generated from '../types/task-finish.js';
import { type ListSchema, list } from './fields/list.js';
import { JobDetail } from './job-detail.js';

/**
 * `TaskFinish`: one or more jobs finished. `JobsDetail` is always a list, whether XML carried
 * one `<JobsDetail>` or JSON an object or an array.
 */
export const TaskFinishEvent: v.LooseObjectSchema<
  {
    readonly EventName: v.LiteralSchema<'TaskFinish', undefined>;
    readonly JobsDetail: v.SchemaWithPipe<readonly [ListSchema<typeof JobDetail>, v.MinLengthAction<JobDetail[], 1, string>]>;
  },
  undefined
> = v.looseObject({
  EventName: v.literal('TaskFinish'),
  JobsDetail: v.pipe(list(JobDetail), v.minLength(1, 'expected at least one job')),
});

export type TaskFinishEvent = generated.TaskFinishEvent;
