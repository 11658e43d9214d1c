import { type CallbackBody, readBody } from './body.js';
import { CallbackError, isCallbackError } from './errors.js';
import type { CallbackEvent } from './events/callback-event.js';
import type { LenientEvent } from './events/lenient-event.js';
import { readJson } from './json.js';
import { normalizeEvent, normalizeLenient } from './normalize.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_NAMES, type ParseOptions } from './options.js';
import type { RawValue } from './raw.js';
import { readXml } from './xml.js';

/**
 * Parses a CI callback body, XML or JSON, into one normalized, validated, typed event — the
 * same object whichever wire format carried it.
 *
 * @example
 * ```ts
 * const event = parseCallback(await request.text(), { contentType: request.headers.get('content-type') });
 * if (event.EventName === 'TaskFinish') for (const job of event.JobsDetail) console.log(job.Tag, job.State);
 * ```
 * @throws CallbackError with a stable `code` and the dotted path of every issue.
 */
export function parseCallback(body: CallbackBody, options: ParseOptions = {}): CallbackEvent {
  return reading(body, options, (read) => normalizeEvent(read(), options.contentVersion, read));
}

/**
 * The lenient reading, for a receiver that must not lose a genuine callback whose shape differs
 * from Tencent's field tables somewhere below its identity. A value that fails its schema is
 * moved out of the event instead of failing it: `event` holds only fields that are typed and
 * valid (every field below the identity is optional, so it is a `CallbackEvent` like any
 * other), and `deviations` lists what was moved out, raw, with the issues found in it. Without
 * `deviations`, the event is exactly what {@link parseCallback} gives.
 *
 * @example
 * ```ts
 * const { event, deviations } = parseCallbackLenient(body);
 * if (deviations) console.warn(`${deviations.count} values deviate`, deviations.issues);
 * ```
 * @throws CallbackError as {@link parseCallback} does for a body that is not well-formed, over a
 *   limit, or whose identity fails (`EventName`, each job's `JobId` and `State`, `RunId`, the
 *   moderation `JobId` or `data.trace_id`, a required field): its idempotency keys could not
 *   be the ones its valid twin gets.
 */
export function parseCallbackLenient(body: CallbackBody, options: ParseOptions = {}): LenientEvent {
  return reading(body, options, (read) => normalizeLenient(read, options.contentVersion));
}

/** Reads the body within the options' limits and hands `normalize` a function that reads it into a fresh tree (for the callback parsers and `parseLookup`). */
export function reading<T>(body: CallbackBody, options: ParseOptions, normalize: (read: () => RawValue | undefined) => T): T {
  const maxBytes = limit(options.maxBytes, DEFAULT_MAX_BYTES, 'maxBytes');
  const maxDepth = limit(options.maxDepth, DEFAULT_MAX_DEPTH, 'maxDepth');
  const maxNames = limit(options.maxNames, DEFAULT_MAX_NAMES, 'maxNames');
  try {
    const { text, format, fromBytes } = readBody(body, options.contentType, maxBytes);
    // The tree is coerced in place; only a body that misfits is read again, for its issues.
    return normalize(() => (format === 'xml' ? readXml(text, maxDepth, maxNames, fromBytes).value : readJson(text, maxDepth, maxNames)));
  } catch (error) {
    // A stack overflow or allocation failure on a hostile body is still that body's fault.
    if (error instanceof RangeError && !isCallbackError(error)) {
      throw new CallbackError('TOO_DEEP', `The body could not be read: ${error.message}`);
    }
    throw error;
  }
}

/** The result of {@link safeParseCallback}. */
export type SafeParseResult = { success: true; event: CallbackEvent; error?: undefined } | { success: false; event?: undefined; error: CallbackError };

/**
 * Like {@link parseCallback}, but returns `{ success: false, error }` instead of throwing for a
 * bad body. Programming errors (invalid options) still throw.
 */
export function safeParseCallback(body: CallbackBody, options?: ParseOptions): SafeParseResult {
  try {
    return { success: true, event: parseCallback(body, options) };
  } catch (error) {
    if (isCallbackError(error)) return { success: false, error };
    throw error;
  }
}

function limit(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new TypeError(`${name} must be a positive integer, received ${value}`);
  return value;
}
