import {
  CallbackError,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  formatFromContentType,
  isTestRequest,
  safeParseCallback,
  type KnownTag,
  type WanxiangError,
} from '@wanxiang/core';
import { checkAllowList, validateAllowList, type AllowList } from './allow-list.js';
import { acceptedArchiveKey, rejectedArchiveKey } from './archive-key.js';
import { callbackErrorStatus } from './callback-status.js';
import type { Archive, Delivery, Forwarder } from './delivery.js';
import { ReceiverError } from './errors.js';
import { deliveryId, idempotencyKeys } from './idempotency.js';
import { readRequestBody } from './read-request-body.js';
import { errorResponse, jsonResponse } from './response.js';
import { Router, type AnyHandler, type ErrorHandler, type EventHandler, type JobHandler, type KnownEventName } from './router.js';
import { createTokenVerifier, tokenFromUrl } from './token.js';

/** Where the receiver writes what it did. Entries never hold tokens or bodies. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Options of {@link createReceiver}. */
export interface ReceiverOptions {
  /** Accepted URL tokens; list two while rotating. Each at least 16 characters. */
  tokens: readonly string[];
  /** Takes every accepted event durably (a queue, a KV store). The answer is 200 only once `send` resolves. */
  forwarder: Forwarder;
  /**
   * Keeps raw bodies before the answer: every one that is forwarded, and every authenticated one
   * rejected as not a valid callback (400). Not kept: unauthenticated requests, bodies refused by
   * the allow-list (403), and CI's test request.
   */
  archive?: Archive;
  /** Values the callback must come from; see {@link AllowList}. */
  allow?: AllowList;
  /** Largest accepted body in bytes. Default 4 MiB. */
  maxBytes?: number;
  /** Deepest accepted nesting. Default 64. */
  maxDepth?: number;
  /** Longest wait for the whole body, in milliseconds. Default 10 s. */
  bodyTimeoutMs?: number;
  /** Default `console`; `false` for silence. */
  logger?: Logger | false;
}

/** The part of an execution context (Workers `ctx`, Netlify/Vercel `context`) the receiver uses: handlers run in `waitUntil` when given. */
export interface ExecutionContextLike {
  waitUntil(promise: Promise<unknown>): void;
}

/** A Fetch-standard callback endpoint: `fetch` answers CI; `on`/`onAny`/`onError` observe. */
export interface Receiver {
  /**
   * Authenticates, reads, parses, checks, archives and forwards one request, and answers it.
   *
   * Pass it bare as a runtime's handler, detached or not: Workers call it as
   * `(request, env, ctx)`, `Deno.serve` as `(request, info)`, `Bun.serve` as `(request, server)`.
   * The second or third argument counts as an execution context only when it has a callable
   * `waitUntil` (handlers then run there, after the answer); anything else is ignored and the
   * handlers finish before the answer.
   */
  fetch: (request: Request, env?: unknown, context?: unknown) => Promise<Response>;
  /** Runs `handler` for every event with this `EventName` (`'TaskFinish'`, `'ReviewImage'`, …). */
  on<N extends KnownEventName>(name: N, handler: EventHandler<N>): Receiver;
  /** Runs `handler` for every job with this `Tag` (`'Transcode'`, …), with its typed job. */
  on<T extends KnownTag>(tag: T, handler: JobHandler<T>): Receiver;
  /** Runs `handler` for every forwarded event. */
  onAny(handler: AnyHandler): Receiver;
  /** Runs `handler` for every refused request and every handler failure. */
  onError(handler: ErrorHandler): Receiver;
}

const silent: Logger = { info() {}, warn() {}, error() {} };

/**
 * Creates a receiver for CI callbacks. Answers: 200 once the event is forwarded (or for CI's
 * test request, which is not forwarded); 400 for a body that is not a callback; 401 without a
 * valid token; 403 off the allow-list; 405 for non-POST; 408 for a body too slow; 413 over
 * `maxBytes`; 415 for a content type other than XML/JSON; 503 when forwarding fails.
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
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const timeoutMs = options.bodyTimeoutMs ?? 10_000;
  const logger = contained(options.logger === false ? silent : (options.logger ?? console));
  if (options.allow !== undefined) validateAllowList(options.allow);
  const router = new Router();

  const refuse = async (status: number, error: WanxiangError, receivedAt: string, headers?: Record<string, string>) => {
    logger.warn('wanxiang: refused a callback request', { status, code: error.code, message: error.message });
    await router.reportError(error, { status, receivedAt });
    return errorResponse(status, error, headers);
  };

  const handle = async (request: Request, receivedAt: string, context?: ExecutionContextLike): Promise<Response> => {
    if (request.method !== 'POST') {
      const error = new ReceiverError('METHOD_NOT_ALLOWED', 405, `${request.method} is not accepted: CI posts callbacks`);
      return refuse(405, error, receivedAt, { allow: 'POST' });
    }
    if (!(await verifyToken(tokenOf(request)))) {
      return refuse(401, new ReceiverError('UNAUTHORIZED', 401, 'The callback URL carries no valid token'), receivedAt);
    }
    const contentType = request.headers.get('content-type');
    try {
      formatFromContentType(contentType);
    } catch (error) {
      return refuse(415, error as CallbackError, receivedAt);
    }

    let raw: Uint8Array<ArrayBuffer>;
    try {
      raw = await readRequestBody(request, { maxBytes, timeoutMs });
    } catch (error) {
      if (error instanceof CallbackError) return refuse(413, error, receivedAt);
      if (error instanceof ReceiverError) return refuse(error.status ?? 400, error, receivedAt);
      throw error;
    }

    const contentVersion = request.headers.get('x-ci-content-version');
    const parsed = safeParseCallback(raw, { contentType, contentVersion, maxBytes, maxDepth });
    if (!parsed.success) {
      if (options.archive) {
        const key = await rejectedArchiveKey(receivedAt, raw);
        const { code, message } = parsed.error;
        await store(options.archive, { status: 'rejected', key, raw, contentType, receivedAt, error: { code, message } });
      }
      // `?? 400`: a newer core (the range is a caret) may bring a code this table does not know yet.
      return refuse(callbackErrorStatus[parsed.error.code] ?? 400, parsed.error, receivedAt);
    }
    const event = parsed.event;

    if (isTestRequest(event)) {
      logger.info('wanxiang: answered the test request CI sends when a callback URL is saved; not forwarded', { receivedAt });
      return jsonResponse(200, { ok: true, test: true });
    }
    if (options.allow) {
      try {
        checkAllowList(event, options.allow);
      } catch (error) {
        return refuse(403, error as ReceiverError, receivedAt);
      }
    }

    const keys = await idempotencyKeys(event);
    const id = await deliveryId(keys);
    const delivery: Delivery = { id, keys, event, raw, contentType, contentVersion, receivedAt };
    if (options.archive) {
      const key = acceptedArchiveKey(id, receivedAt, raw);
      if (await store(options.archive, { status: 'accepted', key, raw, contentType, receivedAt, id })) delivery.archiveKey = key;
    }
    try {
      await options.forwarder.send(delivery);
    } catch (cause) {
      const error = new ReceiverError('FORWARD_FAILED', 503, 'The event could not be handed on; deliver it again', { cause });
      logger.error('wanxiang: the forwarder failed', { id, cause: describeCause(cause) });
      await router.reportError(error, { status: 503, receivedAt, id });
      return errorResponse(503, error, { 'retry-after': '30' });
    }

    const dispatched = dispatch(delivery);
    if (!context || !deferred(context, dispatched)) await dispatched;
    return jsonResponse(200, { ok: true, id, keys });
  };

  /** Stores an archive entry; reports a failure and resolves `false` instead of throwing. */
  const store = async (archive: Archive, entry: Parameters<Archive['put']>[0]): Promise<boolean> => {
    try {
      await archive.put(entry);
      return true;
    } catch (cause) {
      const error = new ReceiverError('ARCHIVE_FAILED', undefined, `The raw body could not be archived at ${entry.key}`, { cause });
      logger.error('wanxiang: the archive failed', { key: entry.key, cause: describeCause(cause) });
      await router.reportError(error, { receivedAt: entry.receivedAt, ...(entry.id ? { id: entry.id } : {}) });
      return false;
    }
  };

  const dispatch = async ({ event, id, keys, receivedAt }: Delivery) => {
    const failures = await router.dispatch(event, { id, keys, receivedAt });
    for (const cause of failures) {
      const error = new ReceiverError('HANDLER_FAILED', undefined, `A handler threw for delivery ${id}`, { cause });
      logger.error('wanxiang: a handler threw', { id, cause: describeCause(cause) });
      await router.reportError(error, { receivedAt, id });
    }
  };

  const receiver: Receiver = {
    fetch: async (request, env, context) => {
      const receivedAt = new Date().toISOString();
      try {
        return await handle(request, receivedAt, executionContext(context) ?? executionContext(env));
      } catch (cause) {
        const error = new ReceiverError('INTERNAL', 500, 'The receiver failed unexpectedly', { cause });
        logger.error('wanxiang: unexpected failure', { cause: describeCause(cause) });
        await router.reportError(error, { status: 500, receivedAt });
        return errorResponse(500, error);
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
  };
  return receiver;
}

/** A logger whose failures are swallowed: logging must never change an answer. */
function contained(logger: Logger): Logger {
  const call = (level: keyof Logger) => (message: string, fields?: Record<string, unknown>) => {
    try {
      logger[level](message, fields);
    } catch {
      // Deliberately ignored: see above.
    }
  };
  return { info: call('info'), warn: call('warn'), error: call('error') };
}

/**
 * `value` as an execution context when it has a callable `waitUntil`: Deno's `info`, Bun's
 * `server` and a Workers `env` are passed in the same positions and must not be taken for one.
 */
function executionContext(value: unknown): ExecutionContextLike | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return typeof (value as { waitUntil?: unknown }).waitUntil === 'function' ? (value as ExecutionContextLike) : undefined;
  } catch {
    return undefined; // A getter that throws (a hostile or revoked proxy) is no context.
  }
}

/** Hands `work` to the context; `false` when the context refused it, so the caller awaits it instead. */
function deferred(context: ExecutionContextLike, work: Promise<void>): boolean {
  try {
    context.waitUntil(work);
    return true;
  } catch {
    return false;
  }
}

function tokenOf(request: Request): string | undefined {
  try {
    return tokenFromUrl(request.url);
  } catch {
    return undefined;
  }
}

/** A failure's name and message for logs; never its whole object (it may hold request data). */
function describeCause(cause: unknown): string {
  try {
    return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  } catch {
    // A thrown value that cannot be made a string (a null-prototype object, a throwing getter)
    // must not turn a decided answer into a 500.
    return 'a thrown value that cannot be printed';
  }
}
