import { readBody, type CallbackBody } from './body.js';
import { CallbackError, isCallbackError } from './errors.js';
import { readJson } from './json.js';
import { normalizeEvent } from './normalize.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_NAMES, type ParseOptions } from './options.js';
import type { CallbackEvent } from './schemas/callback-event.js';
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
  const maxBytes = limit(options.maxBytes, DEFAULT_MAX_BYTES, 'maxBytes');
  const maxDepth = limit(options.maxDepth, DEFAULT_MAX_DEPTH, 'maxDepth');
  const maxNames = limit(options.maxNames, DEFAULT_MAX_NAMES, 'maxNames');
  try {
    const { text, format } = readBody(body, options.contentType, maxBytes);
    const read = () => (format === 'xml' ? readXml(text, maxDepth, maxNames).value : readJson(text, maxDepth, maxNames));
    // The tree is coerced in place; only a body that misfits is read again, for valibot's issues.
    return normalizeEvent(read(), options.contentVersion, read);
  } catch (error) {
    // A stack overflow or allocation failure on a hostile body is still that body's fault.
    if (error instanceof RangeError && !isCallbackError(error)) {
      throw new CallbackError('TOO_DEEP', `The body could not be read: ${error.message}`);
    }
    throw error;
  }
}

/** The result of {@link safeParseCallback}. */
export type SafeParseResult =
  | { success: true; event: CallbackEvent; error?: undefined }
  | { success: false; event?: undefined; error: CallbackError };

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
