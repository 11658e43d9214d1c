import { type CallbackEvent, isModerationDetail, isModerationSimple, isTaskFinish, isWorkflowFinish, type JobDetail, type TaskFinishEvent } from '@wanxiang/core';
import { type CiClient, isCiId, MAX_JOB_IDS } from '../client/ci-client.js';
import type { CiTarget } from '../client/ci-target.js';
import { type JobPath, jobPathOf } from '../client/job-paths.js';
import { moderationKindOf } from '../client/moderation-kinds.js';
import { CiApiError, CiApiErrorCode } from '../errors/ci-api-error.js';
import { COMPARED_FIELDS } from './compared-fields.js';
import { firstDifference } from './first-difference.js';
import { checkLookupBuckets, chooseTarget, type LookupBuckets } from './lookup-buckets.js';

/** What {@link createCiConfirm}'s function resolves: the shape of `Confirmation` in `@wanxiang/receiver`. */
export type CiConfirmation = { confirmed: true; record: unknown } | { confirmed: false; reason: string; path?: string };

/** A `confirm` for `createReceiver` of `@wanxiang/receiver` (its `Confirm` type). */
export type CiConfirm = (event: CallbackEvent, context?: { signal?: AbortSignal }) => Promise<CiConfirmation>;

/** Options of {@link createCiConfirm}. */
export interface CiConfirmOptions {
  client: CiClient;
  /** The buckets to look callbacks up in, and their regions; see {@link LookupBuckets}. */
  buckets: LookupBuckets;
  /** Most lookups one callback may cost (10 job ids each). Default 5: a callback with more jobs is not confirmed. */
  maxLookups?: number;
}

/**
 * A `confirm` policy that asks CI's API about every job, workflow run or moderation job a
 * callback reports, and compares what matters: it exists, and its identity, outcome and objects
 * are CI's — a job's `State`, `Tag`, `Code`, `QueueId`, input object, workflow, `UserData` and
 * output; a run's `WorkflowId`, `WorkflowName`, `State`, `Object` and each task's `Type`,
 * `State` and `JobId`; a moderation job's `State`, `Code`, `Object`, `Url`, `DataId` and
 * verdict (`Result`, `Label`, `Score`, `ForbidState`; a Simple result's `data_id`, `result`,
 * `forbidden_status`). A run's and a moderation job's `State` must be there (a job's need not:
 * some Tags' callbacks have none); another value the callback leaves out is not compared, and
 * one it has must be CI's. Fields not listed reach the handlers as the callback sent them; the
 * record CI gave is what the receiver forwards as `Delivery.record`: the event a callback of
 * that kind carries (`JobsDetail` in the callback's order).
 *
 * Resolves `{ confirmed: false }` for a record that is missing or disagrees, an id CI never
 * gives, a bucket or region not in `buckets`; rejects (so the receiver answers 503 and CI
 * delivers again) when CI could not be asked: a failed, refused (`LOOKUP_UNAUTHORIZED`: fix the
 * credentials) or timed-out lookup.
 *
 * @example
 * ```ts
 * const confirm = createCiConfirm({ client: createCiClient({ credentials }), buckets: { 'examplebucket-1250000000': 'ap-chongqing' } });
 * const receiver = createReceiver({ tokens, forwarder, confirm });
 * ```
 * @throws TypeError for a missing client or an invalid bucket map.
 */
export function createCiConfirm(options: CiConfirmOptions): CiConfirm {
  const { client } = options;
  if (typeof client?.getJobs !== 'function') throw new TypeError('createCiConfirm: client must be a CiClient (createCiClient)');
  const buckets = checkLookupBuckets(options.buckets);
  const maxLookups = options.maxLookups ?? 5;
  if (!Number.isSafeInteger(maxLookups) || maxLookups < 1) throw new TypeError('createCiConfirm: maxLookups must be a positive whole number');

  return async (event, context = {}) => {
    const signal = context.signal;
    const asked = signal ? { signal } : {};
    try {
      if (isTaskFinish(event)) return await confirmJobs(event, { client, buckets, maxLookups, signal });
      if (isWorkflowFinish(event)) {
        const run = event.WorkflowExecution;
        const choice = chooseTarget(buckets, run.BucketId, 'WorkflowExecution.BucketId');
        if ('refused' in choice) return refuse(choice.refused, choice.path);
        if (!isCiId(run.RunId)) return refuse(run.RunId === undefined ? 'names no RunId to look up' : 'is not an id CI gives', 'WorkflowExecution.RunId');
        const found = await client.getWorkflowExecution(choice.target, run.RunId, asked);
        const difference = firstDifference(run, found.execution, COMPARED_FIELDS.run, ['State']);
        if (difference) return refuse(difference.reason, `WorkflowExecution.${difference.field}`);
        return { confirmed: true, record: found.event };
      }
      if (isModerationDetail(event) || isModerationSimple(event)) {
        const kind = moderationKindOf(String(event.EventName));
        if (kind === undefined) return refuse('is a moderation kind CI cannot be asked about', 'EventName');
        const simple = isModerationSimple(event);
        const job = simple ? undefined : event.JobsDetail;
        const jobId = simple ? event.data?.trace_id : job?.JobId;
        const idPath = simple ? 'data.trace_id' : 'JobsDetail.JobId';
        if (!isCiId(jobId)) return refuse(jobId === undefined ? 'names no moderation job to look up' : 'is not an id CI gives', idPath);
        // A result that names no bucket (every Simple one) is asked in each configured bucket
        // in turn, up to maxLookups: the hosts still come from the configuration only.
        const choice =
          job?.BucketId === undefined && Object.keys(buckets).length > 1
            ? { targets: allTargets(buckets).slice(0, maxLookups) }
            : chooseTarget(buckets, job?.BucketId, 'JobsDetail.BucketId', job?.Region, 'JobsDetail.Region');
        if ('refused' in choice) return refuse(choice.refused, choice.path);
        const found = await firstFound('targets' in choice ? choice.targets : [choice.target], (target) => client.getModerationJob(target, kind, jobId, asked));
        if (!found) return refuse('CI has no such record', idPath);
        const difference = simple ? firstDifference(event.data ?? {}, found.job ?? {}, COMPARED_FIELDS.simple) : firstDifference(job ?? {}, found.job ?? {}, COMPARED_FIELDS.moderation, ['State']);
        if (difference) return refuse(difference.reason, `${simple ? 'data' : 'JobsDetail'}.${difference.field}`);
        return { confirmed: true, record: found.event };
      }
      return refuse('is an event CI cannot be asked about', 'EventName');
    } catch (error) {
      if (error instanceof CiApiError && error.code === CiApiErrorCode.LOOKUP_NOT_FOUND) return refuse('CI has no such record', pathOfMissing(event));
      throw error;
    }
  };
}

interface JobsContext {
  client: CiClient;
  buckets: LookupBuckets;
  maxLookups: number;
  signal: AbortSignal | undefined;
}

/** Every job of a TaskFinish, looked up in batches of its bucket and service. */
async function confirmJobs(event: TaskFinishEvent, context: JobsContext): Promise<CiConfirmation> {
  const batches = new Map<string, { target: CiTarget; path: JobPath; indexes: number[] }>();
  for (const [index, job] of event.JobsDetail.entries()) {
    const at = `JobsDetail.${index}`;
    const input = job.Input as { BucketId?: string; Bucket?: string; Region?: string } | undefined;
    const bucketPath = input?.BucketId !== undefined ? `${at}.Input.BucketId` : `${at}.Input.Bucket`;
    const choice = chooseTarget(context.buckets, input?.BucketId ?? input?.Bucket, bucketPath, input?.Region, `${at}.Input.Region`);
    if ('refused' in choice) return refuse(choice.refused, choice.path);
    // An id CI never gives would change the request's path: it is not asked about.
    if (!isCiId(job.JobId)) return refuse('is not an id CI gives', `${at}.JobId`);
    const path = jobPathOf(String(job.Tag ?? ''));
    const name = `${choice.target.bucket} ${path}`;
    const batch = batches.get(name) ?? { target: choice.target, path, indexes: [] };
    batch.indexes.push(index);
    batches.set(name, batch);
  }
  const requests = [...batches.values()].flatMap((batch) => chunks(batch.indexes, MAX_JOB_IDS).map((indexes) => ({ ...batch, indexes })));
  if (requests.length > context.maxLookups) return refuse(`has too many jobs to confirm (${requests.length} lookups, at most ${context.maxLookups})`, 'JobsDetail');

  const found = new Map<number, JobDetail>();
  await Promise.all(
    requests.map(async ({ target, path, indexes }) => {
      const ids = indexes.map((index) => String(event.JobsDetail[index]!.JobId));
      let jobs: JobDetail[] = [];
      try {
        jobs = (await context.client.getJobs(target, ids, { path, ...(context.signal ? { signal: context.signal } : {}) })).jobs;
      } catch (error) {
        if (!(error instanceof CiApiError && error.code === CiApiErrorCode.LOOKUP_NOT_FOUND)) throw error;
      }
      const byId = new Map(jobs.map((job) => [job.JobId, job] as const));
      for (const index of indexes) {
        const job = byId.get(String(event.JobsDetail[index]!.JobId));
        if (job) found.set(index, job);
      }
    }),
  );

  const record: JobDetail[] = [];
  for (const [index, job] of event.JobsDetail.entries()) {
    const atCi = found.get(index);
    if (!atCi) return refuse('CI has no such job', `JobsDetail.${index}.JobId`);
    // Not required: real jobs of some Tags (WordsGeneralize) report no State.
    const difference = firstDifference(job, atCi, COMPARED_FIELDS.job);
    if (difference) return refuse(difference.reason, `JobsDetail.${index}.${difference.field}`);
    record.push(atCi);
  }
  return { confirmed: true, record: { EventName: 'TaskFinish', JobsDetail: record } };
}

/** The first target's record, asking each in turn; `undefined` when CI has it in none. */
async function firstFound<T>(targets: readonly CiTarget[], ask: (target: CiTarget) => Promise<T>): Promise<T | undefined> {
  for (const target of targets) {
    try {
      return await ask(target);
    } catch (error) {
      if (!(error instanceof CiApiError && error.code === CiApiErrorCode.LOOKUP_NOT_FOUND)) throw error;
    }
  }
  return undefined;
}

function allTargets(buckets: LookupBuckets): CiTarget[] {
  return Object.entries(buckets).map(([bucket, region]) => ({ bucket, region }));
}

function refuse(reason: string, path: string): CiConfirmation {
  return { confirmed: false, reason, path };
}

/** Where the id is that CI did not find, for the refusal's path. */
function pathOfMissing(event: CallbackEvent): string {
  if (isTaskFinish(event)) return 'JobsDetail.0.JobId';
  if (isWorkflowFinish(event)) return 'WorkflowExecution.RunId';
  if (isModerationSimple(event)) return 'data.trace_id';
  return 'JobsDetail.JobId';
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
