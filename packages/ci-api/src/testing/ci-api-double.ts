import type { CallbackBody } from '@wanxiang/core';
import { MAX_JOB_IDS } from '../client/ci-client.js';
import { type JobPath, jobPaths } from '../client/job-paths.js';
import { type ModerationKind, moderationKinds } from '../client/moderation-kinds.js';
import { type CallbackRecords, callbackRecords } from './callback-records.js';
import { errorAnswer, garbageAnswer, hugeAnswer, stalledBodyAnswer, xmlAnswer } from './ci-answers.js';
import { escapeXml } from './json-as-xml.js';
import { type DoubleSecret, verifyAuthorization } from './verify-authorization.js';

/** How the double can be told to fail, instead of answering. */
export type DoubleFailure =
  /** `500 InternalError`. */
  | 'server-error'
  /** `404`, whatever was asked. */
  | 'not-found'
  /** A `200` whose body is not XML. */
  | 'garbage'
  /** No answer at all until the request is aborted (or `stallMs` passes: then `504`). */
  | 'stall'
  /** A `200` whose body starts and never ends. */
  | 'stall-body'
  /** A `200` of `hugeBytes`, made only as it is read. */
  | 'huge';

/** One request the double received. */
export interface DoubleRequest {
  method: string;
  /** The path, decoded: `/jobs/j1,j2`. */
  path: string;
  /** Whether its signature verified. */
  verified: boolean;
  /** Why it did not: CI's error code (`SignatureDoesNotMatch`, …). */
  refusal?: string;
  /** The secret id it was signed with, when the header named one. */
  secretId?: string;
  /** The `x-ci-security-token` it carried, or `null`. */
  securityToken: string | null;
  /** The status answered, or `stalled` (no answer, or a body that never ended). */
  status: number | 'stalled';
  /** For `huge`: the bytes the double made because the client read them. */
  bytesSent?: number;
  /** For `stall-body`: whether the client cancelled the body. */
  bodyCancelled?: boolean;
}

/** Options of {@link createCiApiDouble}. */
export interface CiApiDoubleOptions {
  /** The secrets it accepts: secret id → secret key, or `{ secretKey, sessionToken }` for temporary credentials. */
  secrets: Readonly<Record<string, DoubleSecret>>;
  /** Current time in milliseconds, for the key-time check. Default `Date.now`. */
  now?: () => number;
  /** Seconds a key time may start in the future. Default 60. */
  skewSeconds?: number;
  /** Refuse signatures that do not cover `host`. Default true. */
  requireSignedHost?: boolean;
  /** How long `stall` holds a request that is not aborted, in ms. Default 60,000. */
  stallMs?: number;
  /** The size of a `huge` answer. Default 64 MiB. */
  hugeBytes?: number;
}

/** An in-memory CI API: a Fetch handler that verifies signatures and serves records made from callback bodies. */
export interface CiApiDouble {
  /** The handler: `Request` in, CI's answer out. Portable (Node, workerd, Deno, browsers). */
  handle(request: Request): Promise<Response>;
  /** `handle` as a `fetch`, for `createCiClient({ fetch: double.fetch })`. */
  fetch(input: string, init?: RequestInit): Promise<Response>;
  /**
   * Serves the jobs, the workflow run or the moderation job of a callback body (XML or JSON)
   * from now on, as CI's API answers: the body's `JobsDetail`/`WorkflowExecution` elements
   * (JSON written as XML), each job at its Tag's query path. A later body with the same id replaces it.
   *
   * @throws TypeError for a body that is not a callback, or a Simple moderation body.
   */
  addCallback(body: CallbackBody, contentType?: string | null): CallbackRecords;
  /** Fails the next `times` requests (default: every one, until {@link CiApiDouble.recover}) after their signature check. */
  fail(failure: DoubleFailure, options?: { times?: number }): void;
  /** Answers normally again. */
  recover(): void;
  /** Every request received, in order. */
  readonly requests: readonly DoubleRequest[];
}

/**
 * A double of CI's API for tests: verifies every request's COS signature (recomputed with
 * `cosAuthorization`: a mismatch is `403 SignatureDoesNotMatch`), serves `GET /<job path>/<ids>`
 * (up to 10, `NonExistJobIds` for the rest), `GET /workflowexecution/<RunId>` and
 * `GET /<kind>/auditing/<JobId>` from callback bodies, logs each request, and fails on demand.
 * A job is found only at its Tag's path, so a client asking the wrong service is told so.
 *
 * @example
 * ```ts
 * const double = createCiApiDouble({ secrets: { AKIDexample: 'secret' } });
 * double.addCallback(getFixture('task/Transcode/transcode-workflow-triggered.xml').text);
 * const ci = createCiClient({ credentials: { secretId: 'AKIDexample', secretKey: 'secret' }, fetch: double.fetch, endpoint: () => 'https://ci.test' });
 * ```
 */
export function createCiApiDouble(options: CiApiDoubleOptions): CiApiDouble {
  const secrets = new Map(Object.entries(options.secrets));
  const now = options.now ?? Date.now;
  const stallMs = options.stallMs ?? 60_000;
  const hugeBytes = options.hugeBytes ?? 64 * 1024 * 1024;
  const jobs = new Map<string, { path: JobPath; xml: string }>();
  const runs = new Map<string, string>();
  const moderation = new Map<string, string>();
  const requests: DoubleRequest[] = [];
  let failure: { kind: DoubleFailure; times: number } | undefined;
  let sequence = 0;

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const entry: DoubleRequest = { method: request.method, path: safeDecode(url.pathname), verified: false, securityToken: request.headers.get('x-ci-security-token'), status: 'stalled' };
    requests.push(entry);
    const requestId = `ZG91YmxlLTAwMDAw${(++sequence).toString(16).padStart(4, '0')}`;
    const answer = (response: Response) => {
      entry.status = response.status;
      return response;
    };
    const verdict = await verifyAuthorization(request, secrets, { now: Math.floor(now() / 1000), skewSeconds: options.skewSeconds ?? 60, requireSignedHost: options.requireSignedHost ?? true });
    if (verdict.secretId !== undefined) entry.secretId = verdict.secretId;
    if (!verdict.verified) {
      entry.refusal = verdict.code;
      return answer(errorAnswer(verdict.status, verdict.code, verdict.message, requestId));
    }
    entry.verified = true;

    const failing = failure?.kind;
    if (failure !== undefined && --failure.times <= 0) failure = undefined;
    switch (failing) {
      case 'server-error':
        return answer(errorAnswer(500, 'InternalError', 'the double was told to fail', requestId));
      case 'not-found':
        return answer(errorAnswer(404, 'ResourceNotFound', 'the double was told to find nothing', requestId));
      case 'garbage':
        return answer(garbageAnswer(requestId));
      case 'stall':
        return stall(request.signal, () => answer(errorAnswer(504, 'GatewayTimeout', 'the double stalled', requestId)));
      case 'stall-body':
        entry.status = 'stalled';
        return stalledBodyAnswer(requestId, () => {
          entry.bodyCancelled = true;
        });
      case 'huge':
        entry.bytesSent = 0;
        return answer(
          hugeAnswer(requestId, hugeBytes, (bytes) => {
            entry.bytesSent! += bytes;
          }),
        );
      case undefined:
        return answer(route(request.method, entry.path, requestId));
    }
  }

  function route(method: string, path: string, requestId: string): Response {
    const segments = path.split('/');
    if (method !== 'GET' || (segments.length !== 3 && segments.length !== 4)) return errorAnswer(404, 'InvalidUrl', 'the double serves GET lookups only', requestId);
    const [, first, second, third] = segments as [string, string, string, string | undefined];
    if (third === undefined && (jobPaths as readonly string[]).includes(first)) {
      const ids = second.split(',');
      if (second === '' || ids.length > MAX_JOB_IDS) return errorAnswer(400, 'InvalidArgument', `ask 1 to ${MAX_JOB_IDS} job ids`, requestId);
      const found = ids.map((id) => jobs.get(id)).filter((job) => job?.path === first);
      const missing = ids.filter((id) => jobs.get(id)?.path !== first);
      return xmlAnswer(found.map((job) => job!.xml).join('') + missing.map((id) => `<NonExistJobIds>${escapeXml(id)}</NonExistJobIds>`).join(''), requestId);
    }
    if (third === undefined && first === 'workflowexecution') {
      const run = runs.get(second);
      // CI's answer for an unknown run is not documented; a 404 is what the double gives.
      return run === undefined ? errorAnswer(404, 'ResourceNotFound', 'no such workflow run', requestId) : xmlAnswer(`${run}<RequestId>${requestId}</RequestId>`, requestId);
    }
    if (third !== undefined && second === 'auditing' && Object.hasOwn(moderationKinds, first)) {
      const job = moderation.get(`${first}/${third}`);
      return job === undefined ? errorAnswer(404, 'AuditingJobNotFound', 'no such moderation job', requestId) : xmlAnswer(`${job}<RequestId>${requestId}</RequestId>`, requestId);
    }
    return errorAnswer(404, 'InvalidUrl', 'the double does not serve this path', requestId);
  }

  function stall(signal: AbortSignal, late: () => Response): Promise<Response> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve(late()), stallMs);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason);
      };
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  return {
    handle,
    fetch: (input, init) => handle(new Request(input, init)),
    addCallback(body, contentType) {
      const records = callbackRecords(body, contentType);
      if (records.kind === 'jobs') for (const job of records.jobs) jobs.set(job.id, { path: job.path, xml: job.xml });
      else if (records.kind === 'run') runs.set(records.runId, records.xml);
      else moderation.set(`${records.moderation satisfies ModerationKind}/${records.jobId}`, records.xml);
      return records;
    },
    fail(kind, { times = Number.POSITIVE_INFINITY } = {}) {
      failure = { kind, times };
    },
    recover() {
      failure = undefined;
    },
    requests,
  };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
