import type { Callback } from './build-callback.js';

/** What the receiver answered. */
export interface Answer {
  readonly status: number;
  readonly statusText: string;
  readonly contentType: string | null;
  /** The start of the answer's body, decoded as UTF-8 (at most {@link ANSWER_READ_BYTES}). */
  readonly body: string;
}

/** How much of an answer is read: enough for any receiver's error body, not a whole page. */
export const ANSWER_READ_BYTES = 16 * 1024;

/** No answer: the connection failed, or the answer took longer than the timeout. */
export class SendError extends Error {
  override readonly name = 'SendError';
}

/**
 * POSTs the callback the way CI does (its body, its headers) and reads the start of the
 * answer. The timeout covers the whole exchange, the answer's body included.
 *
 * @throws {SendError} when there is no answer in time or the connection fails.
 */
export async function sendCallback(url: URL, callback: Callback, timeoutMs: number): Promise<Answer> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { method: 'POST', headers: callback.headers, body: callback.body, redirect: 'manual', signal });
    return { status: response.status, statusText: response.statusText, contentType: response.headers.get('content-type'), body: await readStart(response) };
  } catch (error) {
    if (signal.aborted) throw new SendError(`no answer from ${url.origin} within ${timeoutMs} ms`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new SendError(`cannot reach ${url.origin}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
  }
}

async function readStart(response: Response): Promise<string> {
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < ANSWER_READ_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => {});
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, ANSWER_READ_BYTES));
}
