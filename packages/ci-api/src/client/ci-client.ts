import type { Deviations, JobDetail, ReviewRegistry, TaskFinishEvent, WorkflowExecution, WorkflowFinishEvent } from '@wanxiang/core';
import { CiApiError, CiApiErrorCode } from '../errors/ci-api-error.js';
import { type CiTarget, defaultEndpoint } from './ci-target.js';
import type { CredentialsSource } from './credentials.js';
import { type JobPath, jobPaths } from './job-paths.js';
import { type ModerationKind, moderationKinds } from './moderation-kinds.js';
import { type LookupConfig, requestLookup } from './request-lookup.js';

/** Options of {@link createCiClient}. */
export interface CiClientOptions {
  /** The key pair, or a function asked before every request (rotating STS credentials). */
  credentials: CredentialsSource;
  /** The `fetch` to send with (a test double, a proxying fetch). Default `globalThis.fetch`. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** The origin a target's requests go to. Default `https://<BucketId>.ci.<Region>.myqcloud.com`. */
  endpoint?: (target: CiTarget) => string;
  /** Milliseconds for the whole lookup, from signing to the last byte. Default 3000. */
  timeoutMs?: number;
  /** Largest answer read, in bytes; a larger one fails without being read. Default 4 MiB. */
  maxBytes?: number;
}

/** Per-call options. */
export interface LookupOptions {
  /** Aborts the lookup; it then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Options of {@link CiClient.getJobs}. */
export interface GetJobsOptions extends LookupOptions {
  /** The query path of the jobs' service (`jobPathOf(job.Tag)`). Default `jobs`. */
  path?: JobPath;
}

/** CI's record of the jobs asked for. */
export interface JobsLookup {
  /** The jobs found, in the order asked. */
  jobs: JobDetail[];
  /** The asked ids CI did not give a job for (in `NonExistJobIds`, or absent), in the order asked. */
  missing: string[];
  /** The whole answer, as a `TaskFinish` callback reads. */
  event: TaskFinishEvent;
  /** Values of the answer that failed their schema, moved out of `event` (as a lenient callback parse does). */
  deviations?: Deviations;
}

/** CI's record of a workflow run. */
export interface WorkflowLookup {
  execution: WorkflowExecution;
  event: WorkflowFinishEvent;
  deviations?: Deviations;
}

/** The typed moderation event of a kind (`image` → `ReviewImage`'s). */
export type ModerationEventOf<K extends ModerationKind> = ReviewRegistry[(typeof moderationKinds)[K]]['event'];

/** CI's record of a moderation job. */
export interface ModerationLookup<K extends ModerationKind = ModerationKind> {
  job: ModerationEventOf<K>['JobsDetail'];
  event: ModerationEventOf<K>;
  deviations?: Deviations;
}

/** Reads CI's own records of jobs, workflow runs and moderation jobs: the truth a callback is checked against. */
export interface CiClient {
  /**
   * `GET /<path>/<id>,<id>…`: up to {@link MAX_JOB_IDS} jobs of one service in one request.
   *
   * @throws CiApiError `LOOKUP_NOT_FOUND` when none of the ids is found (ids partly found are
   *   in `missing`), and the other codes as their descriptions say.
   */
  getJobs(target: CiTarget, ids: readonly string[], options?: GetJobsOptions): Promise<JobsLookup>;
  /** `GET /workflowexecution/<RunId>`. @throws CiApiError; `LOOKUP_NOT_FOUND` when CI has no such run. */
  getWorkflowExecution(target: CiTarget, runId: string, options?: LookupOptions): Promise<WorkflowLookup>;
  /** `GET /<kind>/auditing/<JobId>`. @throws CiApiError; `LOOKUP_NOT_FOUND` when CI has no such job. */
  getModerationJob<K extends ModerationKind>(target: CiTarget, kind: K, jobId: string, options?: LookupOptions): Promise<ModerationLookup<K>>;
}

/** The most job ids one query may ask: "以,分隔，一次最多查询10个" (Tencent's 查询指定任务). */
export const MAX_JOB_IDS = 10;

/** Default deadline of a lookup, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 3000;

/** Default largest answer, in bytes: 4 MiB, the core's callback limit. */
export const DEFAULT_ANSWER_MAX_BYTES = 4 * 1024 * 1024;

// Ids go into the path: only the characters CI's ids use, so none can add a segment or a query.
const ID = /^[A-Za-z0-9_-]{1,128}$/;

/** True for text that can be a CI job, run or moderation id (1–128 of `[A-Za-z0-9_-]`): only such ids are asked about. */
export function isCiId(id: unknown): id is string {
  return typeof id === 'string' && ID.test(id);
}

/**
 * A client for CI's lookup API. Every request is signed ({@link cosAuthorization}, `host` signed,
 * valid from one second ago for 600 s), carries temporary credentials' token as
 * `x-ci-security-token`, has a deadline, reads a bounded answer and parses it with the core's
 * `parseLookup`, so a record reads as the event its callback gives.
 *
 * @example
 * ```ts
 * const ci = createCiClient({ credentials: { secretId, secretKey } });
 * const { jobs } = await ci.getJobs({ bucket: 'examplebucket-1250000000', region: 'ap-guangzhou' }, [jobId]);
 * ```
 * @throws TypeError for invalid options.
 */
export function createCiClient(options: CiClientOptions): CiClient {
  const config = configOf(options);
  return {
    async getJobs(target, ids, { path = 'jobs', signal } = {}) {
      if (!jobPaths.includes(path)) throw new TypeError(`CI API: path must be one of ${jobPaths.join(', ')}`);
      const asked = [...new Set(checkIds(ids))];
      if (asked.length > MAX_JOB_IDS) throw new TypeError(`CI API: at most ${MAX_JOB_IDS} job ids per query, received ${asked.length}`);
      const pathname = `/${path}/${asked.join(',')}`;
      const { event, deviations } = await requestLookup(config, target, pathname, 'TaskFinish', signal);
      const jobsDetail = (event as TaskFinishEvent).JobsDetail;
      const byId = new Map(jobsDetail.map((job) => [job.JobId, job] as const));
      const jobs = asked.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
      const missing = asked.filter((id) => !byId.has(id));
      if (jobs.length === 0) throw new CiApiError(CiApiErrorCode.LOOKUP_NOT_FOUND, `GET ${pathname} of ${target.bucket} (${target.region}): CI has no job ${missing.join(', ')}`, { status: 200 });
      return withDeviations({ jobs, missing, event: event as TaskFinishEvent }, deviations);
    },

    async getWorkflowExecution(target, runId, { signal } = {}) {
      const pathname = `/workflowexecution/${checkIds([runId])[0]}`;
      const { event, deviations } = await requestLookup(config, target, pathname, 'WorkflowFinish', signal);
      const execution = (event as WorkflowFinishEvent).WorkflowExecution;
      checkIdentity(pathname, target, 'run', runId, execution?.RunId);
      return withDeviations({ execution, event: event as WorkflowFinishEvent }, deviations);
    },

    async getModerationJob(target, kind, jobId, { signal } = {}) {
      if (!Object.hasOwn(moderationKinds, kind)) throw new TypeError(`CI API: kind must be one of ${Object.keys(moderationKinds).join(', ')}`);
      const pathname = `/${kind}/auditing/${checkIds([jobId])[0]}`;
      const { event, deviations } = await requestLookup(config, target, pathname, moderationKinds[kind], signal);
      const moderation = event as ModerationEventOf<typeof kind>;
      checkIdentity(pathname, target, 'moderation job', jobId, moderation.JobsDetail?.JobId);
      return withDeviations({ job: moderation.JobsDetail, event: moderation }, deviations);
    },
  };
}

function configOf(options: CiClientOptions): LookupConfig {
  if (options === null || typeof options !== 'object' || options.credentials === undefined) throw new TypeError('createCiClient: credentials are required');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_ANSWER_MAX_BYTES;
  if (!Number.isSafeInteger(timeoutMs) || timeoutMs < 1) throw new TypeError('createCiClient: timeoutMs must be a positive whole number of milliseconds');
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) throw new TypeError('createCiClient: maxBytes must be a positive whole number');
  const fetcher = options.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init));
  if (typeof fetcher !== 'function') throw new TypeError('createCiClient: fetch must be a function');
  return { credentials: options.credentials, fetch: fetcher, endpoint: options.endpoint ?? defaultEndpoint, timeoutMs, maxBytes };
}

function checkIds(ids: readonly string[]): string[] {
  if (!Array.isArray(ids) || ids.length === 0) throw new TypeError('CI API: ids must be a non-empty list');
  for (const id of ids) if (!isCiId(id)) throw new TypeError(`CI API: an id is 1–128 of [A-Za-z0-9_-]; received ${JSON.stringify(String(id)).slice(0, 80)}`);
  return [...ids];
}

/** An answer must be about what was asked: nothing there is not found; something else is a failed lookup. */
function checkIdentity(pathname: string, target: CiTarget, what: string, asked: string, answered: string | undefined): void {
  const where = `GET ${pathname} of ${target.bucket} (${target.region})`;
  if (answered === undefined || answered === '') throw new CiApiError(CiApiErrorCode.LOOKUP_NOT_FOUND, `${where}: CI has no ${what} ${asked}`, { status: 200 });
  if (answered !== asked) throw new CiApiError(CiApiErrorCode.LOOKUP_FAILED, `${where}: CI answered about another ${what}`, { status: 200 });
}

function withDeviations<T extends object>(value: T, deviations: Deviations | undefined): T & { deviations?: Deviations } {
  return deviations === undefined ? value : { ...value, deviations };
}
