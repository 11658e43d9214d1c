import type { CallbackEvent, Deviations } from '@wanxiang/core';
import { drainAnswer } from './drain-answer.js';
import { RelayError, RelayErrorCode } from './relay-error.js';
import { DEFAULT_LEASE_MS, DEFAULT_POST_TIMEOUT_MS } from './retention.js';
import { retryAfterMs } from './retry-after.js';
import { createWebhookSigner } from './standard-webhooks.js';
import { webhookPayload } from './webhook-payload.js';

/** Options of {@link createDeliverer}. */
export interface DelivererOptions {
  /** The downstream: http: or https:. */
  url: string | URL;
  /** The Standard Webhooks secret, `whsec_` + base64 of 24 to 64 bytes. */
  secret: string;
  /** The deadline of one POST, answer drained included. Default {@link DEFAULT_POST_TIMEOUT_MS}; must be below `leaseMs`. */
  timeoutMs?: number;
  /** The ledger lease each POST runs under. Default {@link DEFAULT_LEASE_MS}. */
  leaseMs?: number;
  /** The longest `Retry-After` honoured. Default 10 minutes. */
  maxRetryAfterMs?: number;
  /** The most answer bytes read (and discarded). Default 64 KiB. */
  maxAnswerBytes?: number;
  /** The fetch to use. Default the global `fetch`. */
  fetch?: typeof fetch;
  /** The clock, for `Retry-After` dates and `webhook-timestamp`. Default `Date.now`. */
  now?: () => number;
}

/**
 * What one POST came to:
 * - `delivered`: a 2xx answer.
 * - `gone`: 410 Gone. The downstream says it will never take this key: record it and stop.
 * - `retry`: anything else. 429, 5xx, a timeout, a network error, a redirect (never followed:
 *   the signed event is not sent where the URL did not say), and 4xx other than 410 too:
 *   a 400/401/403/404/422 is almost always a misconfiguration (wrong secret, wrong path) that
 *   a fix cures, so the event is retried and, once the retries are spent, dead-lettered and
 *   kept; it is never dropped silently. `retryAfterMs` is the downstream's `Retry-After`.
 */
export type PostOutcome = { kind: 'delivered'; status: number } | { kind: 'gone'; status: 410 } | { kind: 'retry'; reason: string; status?: number; retryAfterMs?: number };

/** One signed downstream POST per idempotency key; `post` never throws. */
export interface Deliverer {
  readonly url: string;
  readonly timeoutMs: number;
  readonly leaseMs: number;
  /** POSTs `event` (and its `deviations`, and CI's `record`, when it has them) as the Standard Webhooks message `webhook-id: key`. */
  post(key: string, receivedAt: string, event: CallbackEvent, deviations?: Deviations, record?: unknown): Promise<PostOutcome>;
}

/**
 * A deliverer for one downstream. Everything that can be wrong with the configuration fails
 * here, at creation: the URL, the secret, and a deadline that is not below the lease (a POST
 * still in flight when its lease ends would let a second consumer POST the same key).
 *
 * @throws RelayError `RELAY_OPTIONS_INVALID` or `WEBHOOK_SECRET_INVALID`, naming the option.
 */
export function createDeliverer(options: DelivererOptions): Deliverer {
  const url = downstreamUrl(options.url);
  const timeoutMs = options.timeoutMs ?? DEFAULT_POST_TIMEOUT_MS;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 10 * 60_000;
  const maxAnswerBytes = options.maxAnswerBytes ?? 64 * 1024;
  positive('timeoutMs', timeoutMs);
  positive('leaseMs', leaseMs);
  positive('maxRetryAfterMs', maxRetryAfterMs);
  if (!Number.isSafeInteger(maxAnswerBytes) || maxAnswerBytes < 0) invalid('maxAnswerBytes', 'must be a whole number of bytes');
  if (timeoutMs >= leaseMs) invalid('timeoutMs', `(${timeoutMs} ms) must be below leaseMs (${leaseMs} ms), so that no POST outlives its lease`);
  const signer = createWebhookSigner(options.secret, 'secret');
  const fetcher = options.fetch ?? ((input, init) => fetch(input, init));
  const now = options.now ?? Date.now;

  return {
    url,
    timeoutMs,
    leaseMs,
    async post(key, receivedAt, event, deviations, record) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      try {
        const body = webhookPayload(key, receivedAt, event, deviations, record);
        const headers = await signer.headers({ id: key, timestamp: Math.floor(now() / 1000), body });
        const response = await fetcher(url, { method: 'POST', headers, body, redirect: 'manual', signal: controller.signal });
        await drainAnswer(response, maxAnswerBytes);
        const { status } = response;
        if (status >= 200 && status < 300) return { kind: 'delivered', status };
        if (status === 410) return { kind: 'gone', status };
        const wait = retryAfterMs(response.headers.get('retry-after'), now(), maxRetryAfterMs);
        return { kind: 'retry', reason: `the downstream answered ${status}`, status, ...(wait === undefined ? {} : { retryAfterMs: wait }) };
      } catch (error) {
        const reason = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : `the POST failed: ${error instanceof Error ? error.message : String(error)}`;
        return { kind: 'retry', reason };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function downstreamUrl(value: string | URL): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    invalid('url', 'is not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') invalid('url', 'must be http: or https:');
  // Credentials in the URL would end up in logs that print it.
  if (url.username || url.password) invalid('url', 'must not carry a user name or password');
  return url.href;
}

function positive(path: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) invalid(path, 'must be a positive number of milliseconds');
}

function invalid(path: string, message: string): never {
  throw new RelayError(RelayErrorCode.RELAY_OPTIONS_INVALID, path, `${path} ${message}`);
}
