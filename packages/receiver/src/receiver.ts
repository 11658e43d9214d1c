import type { KnownTag } from '@wanxiang/core';
import type { Archive, Forwarder } from './forward/delivery.js';
import type { Logger } from './logging/logger.js';
import type { AllowList } from './policy/allow-list.js';
import type { Confirm } from './policy/confirm.js';
import type { EchoSettings } from './policy/echo/echo-settings.js';
import type { ReplayInput, ReplayOptions, ReplayResult } from './replay/replay-result.js';
import type { AnyHandler, ErrorHandler, EventHandler, JobHandler, KnownEventName } from './routing/router.js';

/** Options of `createReceiver`. Every wait has a deadline, so the worst-case answer time is bounded (see the README's "Deadlines"). */
export interface ReceiverOptions {
  /** Accepted URL tokens; list two while rotating. Each at least 16 characters. */
  tokens: readonly string[];
  /** Takes every accepted event durably (a queue, a KV store). The answer is 200 only once `send` resolves. */
  forwarder: Forwarder;
  /**
   * Keeps raw bodies before the answer: every one that is forwarded (`events/`), every
   * authenticated one rejected as not a valid callback (400, `rejected/`), and every valid one
   * refused by the allow-list or the echo check (403, `forbidden/`), and every one `confirm`
   * did not confirm or could not look up (403, 503, `unconfirmed/`). Not kept: unauthenticated requests and CI's
   * test request.
   */
  archive?: Archive;
  /**
   * What to do with an authenticated, well-formed callback whose identity is sound but some
   * deeper value fails its schema (a documented Object arriving as a list, `N/A` in a number):
   * - `'deliver'` (the default): read it leniently (`parseCallbackLenient`), forward it with
   *   `Delivery.deviations` set and answer 200, so that CI's one attempt is not lost;
   * - `'reject'`: answer 400 `INVALID_CALLBACK` and archive it under `rejected/`, as for any
   *   body that is not a callback.
   * A body whose identity fails (EventName, a job's JobId or State, RunId, the moderation
   * JobId or trace_id) is refused with 400 either way.
   */
  invalid?: 'deliver' | 'reject';
  /** Values every job, workflow run and moderation result must come from; see {@link AllowList}. */
  allow?: AllowList;
  /**
   * Refuses (403 `ECHO_INVALID`, archived under `forbidden/`) a callback one of whose jobs, run
   * or moderation result does not echo back a value `signEcho` made with one of `secrets`: in
   * `Operation.UserData`, `DataId`, or the `x-cos-meta-ci-echo` header. A check that costs no call.
   */
  echo?: EchoSettings;
  /**
   * Looks every valid callback up at CI before it is forwarded, and compares (`createCiConfirm`
   * of `@wanxiang/ci-api`, or your own {@link Confirm}). CI's record travels as
   * `Delivery.record`. Not confirmed: 403 `UNCONFIRMED`. CI failing or silent past
   * `confirmTimeoutMs`: 503 `CONFIRM_FAILED` / `CONFIRM_TIMEOUT`, so that CI delivers again.
   * Either way the body is archived under `unconfirmed/` first, for replay.
   */
  confirm?: Confirm;
  /** Largest accepted body in bytes. Default 4 MiB. */
  maxBytes?: number;
  /** Deepest accepted nesting. Default 64. */
  maxDepth?: number;
  /** Most distinct element or key names a body may use. Default 1,024. */
  maxNames?: number;
  /** Longest wait for the whole body, in milliseconds (then 408). Default 10 s. */
  bodyTimeoutMs?: number;
  /** Longest wait for `archive.put`, in milliseconds (then reported as ARCHIVE_TIMEOUT, as a failure). Default 5 s. */
  archiveTimeoutMs?: number;
  /** Longest wait for `forwarder.send`, in milliseconds (then 503 FORWARD_TIMEOUT, so CI delivers again). Default 10 s. */
  forwardTimeoutMs?: number;
  /** Longest wait for `confirm`, in milliseconds (then 503 CONFIRM_TIMEOUT, so CI delivers again; its signal aborts). Default 4 s. */
  confirmTimeoutMs?: number;
  /** Longest wait for the `on`/`onAny` handlers, in milliseconds (then 200 while they go on, HANDLER_TIMEOUT reported). Default 5 s. */
  handlerTimeoutMs?: number;
  /** Longest wait for each `onError` handler, in milliseconds; they run detached and never delay an answer. Default 5 s. */
  errorHandlerTimeoutMs?: number;
  /** Default `console`; `false` for silence. */
  logger?: Logger | false;
}

/** A Fetch-standard callback endpoint: `fetch` answers CI; `on`/`onAny`/`onError` observe; `drain` waits for background work. */
export interface Receiver {
  /**
   * Authenticates, reads, parses, checks, archives and forwards one request, and answers it.
   *
   * Pass it bare as a runtime's handler, detached or not: Workers call it as
   * `(request, env, ctx)`, `Deno.serve` as `(request, info)`, `Bun.serve` as `(request, server)`.
   * The second or third argument counts as an execution context only when it has a callable
   * `waitUntil` (handlers and error handlers then run there, after the answer); otherwise the
   * handlers are awaited before the answer for at most `handlerTimeoutMs`.
   */
  fetch: (request: Request, env?: unknown, context?: unknown) => Promise<Response>;
  /** Runs `handler` for every event with this `EventName` (`'TaskFinish'`, `'ReviewImage'`, …). */
  on<N extends KnownEventName>(name: N, handler: EventHandler<N>): Receiver;
  /** Runs `handler` for every job with this `Tag` (`'Transcode'`, …), with its typed job. */
  on<T extends KnownTag>(tag: T, handler: JobHandler<T>): Receiver;
  /** Runs `handler` for every forwarded event. */
  onAny(handler: AnyHandler): Receiver;
  /** Runs `handler` for every refused request and every archive or handler failure, detached: it never delays an answer. */
  onError(handler: ErrorHandler): Receiver;
  /**
   * Runs a kept body (an archive entry, rejected or forbidden) through the current
   * parser, allow-list and forwarder, as a fresh request's body is, without a token: the
   * archive holds only bodies that were authenticated when they arrived, so whoever may call
   * this must be trusted with the archive (an admin route with its own token, a script). Keys
   * are the same as on first arrival, so the relay's ledger delivers each once; a refused body
   * is not archived again. The `on`/`onAny` handlers do not run: they have no ledger, and a
   * replay of a body they saw would repeat their effects. Never rejects.
   */
  replay(entry: ReplayInput, options?: ReplayOptions): Promise<ReplayResult>;
  /**
   * Resolves once the background work started so far (handlers, error handlers) has settled or
   * reached its deadline: call it before a Node process exits, or in a test before asserting
   * what the handlers did. Never rejects.
   */
  drain(): Promise<void>;
}
