import type { CallbackEvent } from '@wanxiang/core';
import { ReceiverError } from '../errors/receiver-error.js';
import { type AllowField, unitsOf } from './allow-list-units.js';

/**
 * Values a callback must come from. A listed field is a requirement on every job of a
 * TaskFinish, on a workflow run and on a moderation result, each judged on its own: each value
 * it carries must be on the list, and one that carries none is refused too (fail closed), since
 * a leaked token must not let a body through by leaving the field out — nor by putting one
 * allowed job beside a job that names no bucket.
 */
export interface AllowList {
  /** Buckets (`examplebucket-1250000000`) of the job's input, the workflow run, or the moderated object. */
  BucketId?: readonly string[];
  /** Regions (`ap-chongqing`) of the job's input or the moderated object. Workflow runs carry none. */
  Region?: readonly string[];
  /** Media-processing queues (`JobsDetail.QueueId`) of jobs. Workflow runs and moderation results carry none. */
  QueueId?: readonly string[];
  /** Workflows: the run's `WorkflowId`, or the `Workflow.WorkflowId` of a job a workflow started. */
  WorkflowId?: readonly string[];
}

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
 * The refusal of an event off the allow-list, or `undefined` when every unit (job, run, result)
 * satisfies every configured list. Fields are checked in BucketId, Region, QueueId, WorkflowId
 * order, units in body order; the first fault is named at its dotted path.
 */
export function allowListRefusal(event: CallbackEvent, allow: AllowList): ReceiverError | undefined {
  const units = unitsOf(event);
  for (const field of fields) {
    const allowed = allow[field];
    if (allowed === undefined) continue;
    for (const unit of units) {
      const found = unit.found(field);
      if (found.length === 0) {
        const path = unit.where[field][0]!;
        const who = unit.at === '' ? 'The callback' : unit.at;
        return new ReceiverError('FORBIDDEN', `${who} carries no ${field}, which the allow-list requires`, {
          issues: [{ path, message: `missing, and the ${field} allow-list requires it` }],
        });
      }
      const refused = found.find(({ value }) => !allowed.includes(value));
      if (refused) {
        return new ReceiverError('FORBIDDEN', `${refused.path} is not on the ${field} allow-list`, {
          issues: [{ path: refused.path, message: `not on the ${field} allow-list` }],
        });
      }
    }
  }
  return undefined;
}
