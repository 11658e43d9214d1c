import { retryAfterMs } from '@wanxiang/receiver';
import type { BodyFile } from './body-files.js';

/**
 * What sending one body came to: `accepted` (2xx), `duplicate` (2xx whose answer says every key
 * was delivered already), `refused` (4xx: the receiver will not take it as it is), `failed`
 * (5xx, 429 or no answer once the retries are spent), `interrupted` (stopped before an answer).
 */
export type Outcome = 'accepted' | 'duplicate' | 'refused' | 'failed' | 'interrupted';

/** Options of {@link sendBody}. */
export interface SendOptions {
  url: string;
  /** Replaces each body's own content type. */
  contentType?: string;
  /** Replaces each body's own content version. */
  contentVersion?: string;
  /** Most retries after a 503, a 429 or a network failure. */
  retries: number;
  /** Longest wait before a retry, in ms, whatever `Retry-After` asks. */
  maxWaitMs: number;
  /** Deadline of one request, in ms. */
  timeoutMs: number;
  /** Aborts the request in flight and any wait (SIGINT). */
  signal: AbortSignal;
}

/** One body's result: its outcome, the last status, and why, for a body not accepted. */
export interface Sent {
  outcome: Outcome;
  status?: number;
  /** The answer's `code` (or the network error), for a refusal or a failure. */
  reason?: string;
  /** The requests it took. */
  attempts: number;
}

/** The first wait without `Retry-After`; doubled each retry, up to `maxWaitMs`. */
const BACKOFF_MS = 500;

/**
 * POSTs one body as CI would (its bytes, `Content-Type`, `X-Ci-Content-Version`), again after a
 * 503, a 429 or a network failure, waiting what `Retry-After` asks (else a doubling backoff),
 * never longer than `maxWaitMs`, at most `retries` times. Never throws.
 */
export async function sendBody(body: BodyFile, options: SendOptions): Promise<Sent> {
  const headers: Record<string, string> = { 'content-type': options.contentType ?? body.contentType };
  const version = options.contentVersion ?? body.contentVersion;
  if (version) headers['x-ci-content-version'] = version;
  for (let attempt = 1; ; attempt++) {
    if (options.signal.aborted) return { outcome: 'interrupted', attempts: attempt - 1 };
    let response: Response;
    try {
      response = await fetch(options.url, { method: 'POST', headers, body: body.raw, redirect: 'manual', signal: AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]) });
    } catch (error) {
      if (options.signal.aborted) return { outcome: 'interrupted', attempts: attempt };
      const reason = (error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      if (attempt > options.retries) return { outcome: 'failed', reason, attempts: attempt };
      if (!(await wait(backoff(attempt, options.maxWaitMs), options.signal))) return { outcome: 'interrupted', attempts: attempt };
      continue;
    }
    const answer = await readAnswer(response);
    const { status } = response;
    if (status >= 200 && status < 300) return { outcome: answer?.duplicate === true ? 'duplicate' : 'accepted', status, attempts: attempt };
    const reason = typeof answer?.code === 'string' ? answer.code : `HTTP ${status}`;
    if (status !== 503 && status !== 429) return { outcome: status >= 500 || status < 400 ? 'failed' : 'refused', status, reason, attempts: attempt };
    if (attempt > options.retries) return { outcome: 'failed', status, reason, attempts: attempt };
    const asked = retryAfterMs(response.headers.get('retry-after'), Date.now(), options.maxWaitMs);
    if (!(await wait(asked ?? backoff(attempt, options.maxWaitMs), options.signal))) return { outcome: 'interrupted', status, attempts: attempt };
  }
}

async function readAnswer(response: Response): Promise<{ code?: unknown; duplicate?: unknown } | undefined> {
  try {
    const value = (await response.json()) as unknown;
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

function backoff(attempt: number, maxWaitMs: number): number {
  return Math.min(BACKOFF_MS * 2 ** (attempt - 1), maxWaitMs);
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const done = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', done);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
