import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_NAMES, isTestRequest, type WanxiangError } from '@wanxiang/core';
import { ReceiverError } from './errors/receiver-error.js';
import { errorResponse, jsonResponse } from './errors/response.js';
import { statusOf } from './errors/status.js';
import { acceptedArchiveKey, forbiddenArchiveKey, rejectedArchiveKey, unconfirmedArchiveKey } from './forward/archive-key.js';
import { deadlinesOf } from './forward/deadline.js';
import type { ArchiveEntry, Delivery } from './forward/delivery.js';
import { forwardDelivery } from './forward/forward-delivery.js';
import { deliveryId, idempotencyKeys } from './forward/idempotency.js';
import { type ArchiveStep, storeArchive } from './forward/store-archive.js';
import { type Admitted, admitRequest } from './inbound/admit-request.js';
import { type ExecutionContextLike, executionContext } from './inbound/execution-context.js';
import { deliveryPolicy, parseDelivered } from './inbound/parse-delivered.js';
import { createTokenVerifier } from './inbound/token.js';
import { describeCause } from './logging/describe-cause.js';
import { containedLogger, silentLogger } from './logging/logger.js';
import { allowListRefusal, validateAllowList } from './policy/allow-list.js';
import { confirmEvent } from './policy/confirm.js';
import { echoRefusal } from './policy/echo/echo-refusal.js';
import { validateEchoSettings } from './policy/echo/echo-settings.js';
import { testRequestAnswer } from './policy/test-request.js';
import type { Receiver, ReceiverOptions } from './receiver.js';
import { ReplayErrorCode } from './replay/replay-error-code.js';
import { type Processed, replayInputProblem, replayResult } from './replay/replay-result.js';
import { BackgroundWork } from './routing/background.js';
import { errorReporter } from './routing/report-error.js';
import { Router } from './routing/router.js';
import { runHandlers } from './routing/run-handlers.js';

/**
 * Creates a receiver for CI callbacks. Answers: 200 once the event is forwarded (or for CI's
 * test request, which is not forwarded); 400 for a body that is not a callback; 401 without a
 * valid token; 403 off the allow-list, without a valid echo, or not confirmed by CI; 405 for non-POST; 408 for a body too slow; 413 over
 * `maxBytes`; 415 for a content type other than XML/JSON; 503 when forwarding fails or times
 * out, or when CI's API could not confirm it in time. Every status follows from the error code (one table, `errorStatus`).
 *
 * @throws TypeError for a missing `forwarder.send`, no token, a token under 16 characters, a
 * malformed allow-list, or a deadline that is not a positive number of milliseconds.
 *
 * @example
 * ```ts
 * const receiver = createReceiver({ tokens: [env.CI_TOKEN], forwarder: { send: (d) => env.EVENTS.send(d.event) } });
 * receiver.on('Transcode', (job, { key }) => console.log(key, job.Operation?.MediaInfo));
 * export default { fetch: receiver.fetch }; // Workers; also Deno.serve(receiver.fetch), Bun.serve({ fetch: receiver.fetch })
 * ```
 */
export function createReceiver(options: ReceiverOptions): Receiver {
  const verifyToken = createTokenVerifier(options.tokens);
  if (typeof options.forwarder?.send !== 'function') throw new TypeError('createReceiver: `forwarder.send` must be a function');
  const { forwarder, archive, allow, confirm } = options;
  if (confirm !== undefined && typeof confirm !== 'function') throw new TypeError('createReceiver: `confirm` must be a function (event, { signal }) => Promise<Confirmation>');
  const echo = options.echo === undefined ? undefined : validateEchoSettings(options.echo);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxNames = options.maxNames ?? DEFAULT_MAX_NAMES;
  const deadlines = deadlinesOf(options);
  const invalid = deliveryPolicy(options.invalid);
  const logger = containedLogger(options.logger === false ? silentLogger : (options.logger ?? console));
  if (allow !== undefined) validateAllowList(allow);
  const router = new Router();
  const background = new BackgroundWork();
  const report = errorReporter(router, background, logger, deadlines.errorHandlerTimeoutMs);
  const handlerRun = { router, report, logger, timeoutMs: deadlines.handlerTimeoutMs };

  /**
   * What follows admission, for a request and for a replay alike: parse, test request,
   * allow-list, keys, archive, forward. A fresh request's refusals are archived; a replay's
   * are not (its body is archived already). A dry run stops before anything is stored or sent.
   */
  const process = async (body: Admitted, receivedAt: string, mode: { replay: boolean; dryRun: boolean; context: ExecutionContextLike | undefined }): Promise<Processed> => {
    const archiveStep: ArchiveStep | undefined = archive && {
      archive,
      timeoutMs: deadlines.archiveTimeoutMs,
      logger,
      report: (error, errorContext) => report(error, errorContext, mode.context),
    };
    const keep = !mode.replay && !mode.dryRun ? archiveStep : undefined;
    const { raw, contentType, contentVersion } = body;

    const parsed = parseDelivered(raw, { contentType, contentVersion, maxBytes, maxDepth, maxNames }, invalid);
    if (!parsed.success) {
      if (keep) {
        const { code, message } = parsed.error;
        const key = await rejectedArchiveKey(receivedAt, raw);
        await storeArchive(keep, { status: 'rejected', key, raw, contentType, contentVersion, receivedAt, error: { code, message } });
      }
      return { kind: 'refused', error: parsed.error };
    }
    const { event, deviations } = parsed;
    // A body that only looks like CI's test request once values were moved out of it is not one.
    if (!deviations && isTestRequest(event)) return { kind: 'test' };

    const forbidden = (allow && allowListRefusal(event, allow)) || (echo && (await echoRefusal(event, echo.secrets, echo)));
    if (forbidden) {
      if (keep) {
        const { code, message } = forbidden;
        const key = await forbiddenArchiveKey(receivedAt, raw);
        await storeArchive(keep, { status: 'forbidden', key, raw, contentType, contentVersion, receivedAt, error: { code, message } });
      }
      return { kind: 'refused', error: forbidden };
    }

    // Last of the checks: it costs a call to CI. The answer must wait for it, so it has a deadline.
    const confirmed = confirm && (await confirmEvent(confirm, event, deadlines.confirmTimeoutMs));
    if (confirmed instanceof ReceiverError) {
      // Kept whether CI disagreed (403) or did not answer (503): CI may never deliver again.
      if (keep) {
        const { code, message } = confirmed;
        const key = await unconfirmedArchiveKey(receivedAt, raw);
        await storeArchive(keep, { status: 'unconfirmed', key, raw, contentType, contentVersion, receivedAt, error: { code, message } });
      }
      if (confirmed.code === 'UNCONFIRMED') return { kind: 'refused', error: confirmed };
      logger.error('wanxiang: the lookup at CI failed', { code: confirmed.code, cause: confirmed.cause === undefined ? confirmed.message : describeCause(confirmed.cause) });
      report(confirmed, { status: statusOf(confirmed), receivedAt }, mode.context);
      return { kind: 'failed', error: confirmed };
    }

    const keys = await idempotencyKeys(event);
    const id = await deliveryId(keys);
    const delivery: Delivery = { id, keys, event, raw, contentType, contentVersion, receivedAt, ...(deviations ? { deviations } : {}), ...(confirmed ? { record: confirmed.record } : {}) };
    if (mode.dryRun) return { kind: 'planned', delivery };
    if (deviations) {
      const first = deviations.issues[0];
      logger.warn('wanxiang: forwarding a callback that deviates from the field tables, flagged', {
        id,
        values: deviations.count,
        issues: deviations.issueCount,
        ...(first ? { path: first.path, message: first.message } : {}),
      });
    }
    if (archiveStep) {
      // A replay archives too: a by-reference message points at this copy.
      const entry: ArchiveEntry = { status: 'accepted', key: acceptedArchiveKey(id, receivedAt, raw), raw, contentType, contentVersion, receivedAt, id };
      if (await storeArchive(archiveStep, entry)) delivery.archiveKey = entry.key;
    }

    const failed = await forwardDelivery(forwarder, delivery, deadlines.forwardTimeoutMs);
    if (failed) {
      const cause = failed.cause === undefined ? `no answer within ${deadlines.forwardTimeoutMs} ms` : describeCause(failed.cause);
      logger.error('wanxiang: the forwarder failed', { id, code: failed.code, cause });
      report(failed, { status: statusOf(failed), receivedAt, id }, mode.context);
      return { kind: 'failed', error: failed, delivery };
    }
    return { kind: 'forwarded', delivery };
  };

  /** One request's pipeline: admission, then {@link process}, and the answer. */
  const handle = async (request: Request, receivedAt: string, context: ExecutionContextLike | undefined): Promise<Response> => {
    /** Answers a refusal at once; the error handlers learn of it detached, so they cannot delay it. */
    const refuse = (error: WanxiangError) => {
      const status = statusOf(error);
      logger.warn('wanxiang: refused a callback request', { status, code: error.code, message: error.message });
      report(error, { status, receivedAt }, context);
      return errorResponse(error);
    };
    const admitted = await admitRequest(request, { verifyToken, maxBytes, bodyTimeoutMs: deadlines.bodyTimeoutMs });
    if (!('raw' in admitted)) return refuse(admitted);
    const processed = await process(admitted, receivedAt, { replay: false, dryRun: false, context });
    switch (processed.kind) {
      case 'refused':
        return refuse(processed.error);
      case 'test':
        return testRequestAnswer(logger, receivedAt);
      case 'failed':
        return errorResponse(processed.error);
      default: {
        const { delivery } = processed;
        // Bounded by handlerTimeoutMs either way: in the context after the answer, or before it.
        // Without handlers there is nothing to run, and no deadline timer to set per request.
        if (router.hasHandlers()) {
          const handled = runHandlers(delivery, handlerRun, context);
          if (!background.track(handled, context)) await handled;
        }
        return jsonResponse(200, { ok: true, id: delivery.id, keys: delivery.keys, ...(delivery.deviations ? { deviations: delivery.deviations.count } : {}) });
      }
    }
  };

  const receiver: Receiver = {
    fetch: async (request, env, context) => {
      const receivedAt = new Date().toISOString();
      const execution = executionContext(context) ?? executionContext(env);
      try {
        return await handle(request, receivedAt, execution);
      } catch (cause) {
        const error = new ReceiverError('INTERNAL', 'The receiver failed unexpectedly', { cause });
        logger.error('wanxiang: unexpected failure', { cause: describeCause(cause) });
        report(error, { status: statusOf(error), receivedAt }, execution);
        return errorResponse(error);
      }
    },
    on: (nameOrTag: string, handler: (...args: never[]) => unknown) => {
      router.on(nameOrTag, handler);
      return receiver;
    },
    onAny: (handler) => {
      router.onAny(handler);
      return receiver;
    },
    onError: (handler) => {
      router.onError(handler);
      return receiver;
    },
    replay: async (entry, options = {}) => {
      const dryRun = options?.dryRun === true;
      try {
        const problem = replayInputProblem(entry);
        if (problem) return { outcome: 'refused', status: 400, error: { code: ReplayErrorCode.INVALID_ENTRY, message: `Not a kept body: ${problem}` } };
        const body: Admitted = { raw: entry.raw, contentType: entry.contentType ?? null, contentVersion: entry.contentVersion ?? null };
        return replayResult(await process(body, entry.receivedAt, { replay: true, dryRun, context: undefined }), dryRun);
      } catch (cause) {
        const error = new ReceiverError('INTERNAL', 'The receiver failed unexpectedly', { cause });
        logger.error('wanxiang: unexpected failure', { cause: describeCause(cause) });
        return replayResult({ kind: 'failed', error }, dryRun);
      }
    },
    drain: () => background.drain(),
  };
  return receiver;
}
