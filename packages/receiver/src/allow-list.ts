import type { CallbackEvent } from '@wanxiang/core';
import { ReceiverError } from './errors.js';

/**
 * Values a callback must come from. A listed field is a requirement: each value the event
 * carries must be on the list, and an event that carries none is refused too (fail closed),
 * since a leaked token must not let a body through by leaving the field out.
 */
export interface AllowList {
  /** Buckets (`examplebucket-1250000000`) of the job's input, the workflow run, or the moderated object. */
  BucketId?: readonly string[];
  /** Regions (`ap-chongqing`) of the job's input or the moderated object. Workflow runs carry none. */
  Region?: readonly string[];
  /** Media-processing queues (`JobsDetail.QueueId`) of jobs. */
  QueueId?: readonly string[];
  /** Workflows: the run's `WorkflowId`, or the `Workflow.WorkflowId` of a job a workflow started. */
  WorkflowId?: readonly string[];
}

type AllowField = keyof AllowList;
const fields: AllowField[] = ['BucketId', 'Region', 'QueueId', 'WorkflowId'];

/**
 * Checks the configuration once, at `createReceiver`: a string where a list belongs would
 * otherwise match substrings (`'bucket-125'.includes('bucket-12')`).
 *
 * @throws TypeError for an unknown field or a value that is not an array of non-empty strings.
 */
export function validateAllowList(allow: AllowList): void {
  if (typeof allow !== 'object' || allow === null) throw new TypeError('createReceiver: `allow` must be an object');
  for (const [field, values] of Object.entries(allow)) {
    if (!(fields as string[]).includes(field)) {
      throw new TypeError(`createReceiver: allow.${field} is not a field the receiver checks (${fields.join(', ')})`);
    }
    if (values === undefined) continue;
    if (!Array.isArray(values) || !values.every((value) => typeof value === 'string' && value !== '')) {
      throw new TypeError(`createReceiver: allow.${field} must be an array of non-empty strings`);
    }
  }
}

/**
 * @throws ReceiverError `FORBIDDEN` (403) naming the first field whose value is missing or not listed.
 */
export function checkAllowList(event: CallbackEvent, allow: AllowList): void {
  for (const field of fields) {
    const allowed = allow[field];
    if (allowed === undefined) continue;
    const found = valuesOf(event, field);
    if (found.length === 0) {
      throw new ReceiverError('FORBIDDEN', 403, `The callback carries no ${field}, which the allow-list requires`, {
        issues: [{ path: field, message: 'missing, and the allow-list requires it' }],
      });
    }
    const refused = found.find(({ value }) => !allowed.includes(value));
    if (refused) {
      throw new ReceiverError('FORBIDDEN', 403, `${refused.path} is not on the ${field} allow-list`, {
        issues: [{ path: refused.path, message: `not on the ${field} allow-list` }],
      });
    }
  }
}

interface Found {
  path: string;
  value: string;
}

/** Where each field lives in each event shape; output locations are not checked (a job may write anywhere). */
function valuesOf(event: CallbackEvent, field: AllowField): Found[] {
  const found: Found[] = [];
  const take = (path: string, value: unknown) => {
    if (typeof value === 'string') found.push({ path, value });
  };
  if (event.EventName === 'TaskFinish') {
    event.JobsDetail.forEach((job, index) => {
      const at = `JobsDetail.${index}`;
      // Older pages name the input bucket `BucketId`, newer ones `Bucket`.
      if (field === 'BucketId') take(`${at}.Input.BucketId`, job.Input?.BucketId);
      if (field === 'BucketId') take(`${at}.Input.Bucket`, job.Input?.Bucket);
      if (field === 'Region') take(`${at}.Input.Region`, job.Input?.Region);
      if (field === 'QueueId') take(`${at}.QueueId`, job.QueueId);
      if (field === 'WorkflowId') take(`${at}.Workflow.WorkflowId`, job.Workflow?.WorkflowId);
    });
    return found;
  }
  if (event.EventName === 'WorkflowFinish') {
    if (field === 'BucketId' || field === 'WorkflowId') {
      take(`WorkflowExecution.${field}`, event.WorkflowExecution[field]);
    }
    return found;
  }
  const detail = (event as Record<string, unknown>)['JobsDetail'];
  if (typeof detail === 'object' && detail !== null && (field === 'BucketId' || field === 'Region')) {
    take(`JobsDetail.${field}`, (detail as Record<string, unknown>)[field]);
  }
  return found;
}
