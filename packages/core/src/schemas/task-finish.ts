import * as v from 'valibot';
import { list } from './fields/list.js';
import { JobDetail } from './job-detail.js';

/**
 * `TaskFinish`: one or more jobs finished. `JobsDetail` is always a list, whether XML carried
 * one `<JobsDetail>` or JSON an object or an array.
 */
export const TaskFinishEvent = v.looseObject({
  EventName: v.literal('TaskFinish'),
  JobsDetail: v.pipe(list(JobDetail), v.minLength(1, 'expected at least one job')),
});

export type TaskFinishEvent = v.InferOutput<typeof TaskFinishEvent>;
