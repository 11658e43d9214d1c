import { inferReviewName } from './event-name.js';
import type { CallbackEvent } from './events/callback-event.js';
import { reviewEventNames } from './events/moderation.js';

/** The `message` of the request CI posts when a callback URL is saved in its console. */
export const TEST_REQUEST_MESSAGE = 'Test request when setting callback url';

/** The `data.trace_id` of every documented test request; a real result carries the id CI gave its job. */
export const TEST_REQUEST_TRACE_ID = 'test_trace_id';

// The test request's shape, from every documented sample (the moderation "回调内容" pages'
// Simple samples and the text console's default message): nothing else may appear.
const EVENT_KEYS = ['EventName', 'code', 'message', 'data'];
const DATA_KEYS = ['trace_id', 'url', 'event', 'result', 'forbidden_status', 'cos_headers', 'porn_info'];
// `label` is always "" in the samples, which normalization drops; a label names a hit.
const HIT_KEYS = ['hit_flag', 'score', 'count'];
// The samples' placeholder header; a real result carries the object's own headers.
const PLACEHOLDER_HEADER = 'x-cos-meta-xx';

/**
 * True only for the exact request CI sends to check a callback URL when it is saved: a Simple
 * body with `code` 0, `message` {@link TEST_REQUEST_MESSAGE} and a `data` that describes no
 * result — `trace_id` {@link TEST_REQUEST_TRACE_ID}, `result` and `forbidden_status` 0, at
 * most a `porn_info` with `hit_flag` 0 and no label, `cos_headers` at most the samples'
 * placeholder, `event` absent or a typed moderation name that `EventName` agrees with. CI
 * refuses the URL unless it gets a 200, but the body describes no real job, so receivers answer
 * it and deliver nothing.
 *
 * A body that is not exactly that is a real event and is delivered: any other key (at the root,
 * in `data`, in `porn_info`), any job or hit, an `EventName` of its own, another `code`. The
 * message alone proves nothing: it is text any event could carry, and a real event answered as
 * a test request would be lost.
 */
export function isTestRequest(event: CallbackEvent): boolean {
  const root = event as Record<string, unknown>;
  if (!hasOnly(root, EVENT_KEYS) || root.code !== 0 || root.message !== TEST_REQUEST_MESSAGE) return false;
  const data = root.data;
  if (!isRecord(data) || !hasOnly(data, DATA_KEYS)) return false;
  if (data.trace_id !== TEST_REQUEST_TRACE_ID || data.result !== 0 || data.forbidden_status !== 0) return false;
  if (data.url !== undefined && typeof data.url !== 'string') return false;
  if (data.event !== undefined && !(reviewEventNames as readonly unknown[]).includes(data.event)) return false;
  // A Simple body names its kind in `data.event` or not at all; an `EventName` that is not the
  // one normalization gives that data came from the body itself, which CI's test never sends.
  if (root.EventName !== inferReviewName(data as never)) return false;
  const headers = data.cos_headers;
  if (headers !== undefined && !(isRecord(headers) && hasOnly(headers, [PLACEHOLDER_HEADER]) && headers[PLACEHOLDER_HEADER] === 'xx')) return false;
  const hit = data.porn_info;
  if (hit === undefined) return true;
  return isRecord(hit) && hasOnly(hit, HIT_KEYS) && hit.hit_flag === 0 && (hit.score === undefined || typeof hit.score === 'number') && (hit.count === undefined || typeof hit.count === 'number');
}

/** Every key holding a value is one of `keys` (an `undefined` value carries nothing). */
function hasOnly(record: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(record).every((key) => record[key] === undefined || keys.includes(key));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
