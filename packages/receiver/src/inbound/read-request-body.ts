import { CallbackError } from '@wanxiang/core';
import { ReceiverError } from '../errors/receiver-error.js';

/** Limits applied while a request body is read. */
export interface BodyLimits {
  /** Largest accepted body in bytes. */
  maxBytes: number;
  /** Longest wait for the whole body, in milliseconds (a slow-drip sender is cut off). */
  timeoutMs: number;
}

/**
 * Reads a request body into bytes without ever holding more than `maxBytes` (+ one chunk): a
 * declared `Content-Length` over the limit is refused before reading, and a stream without one
 * is cancelled as soon as it passes the limit.
 *
 * @throws CallbackError `BODY_TOO_LARGE`; ReceiverError `REQUEST_TIMEOUT` or `BODY_UNREADABLE`.
 */
export async function readRequestBody(request: Request, limits: BodyLimits): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limits.maxBytes) {
    throw tooLarge(limits.maxBytes);
  }
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ReceiverError('REQUEST_TIMEOUT', `The body did not arrive within ${limits.timeoutMs} ms`)),
      limits.timeoutMs,
    );
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), timeout]);
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxBytes) throw tooLarge(limits.maxBytes);
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    if (error instanceof CallbackError || error instanceof ReceiverError) throw error;
    throw new ReceiverError('BODY_UNREADABLE', 'The body could not be read to its end', { cause: error });
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array<ArrayBuffer>[], total: number): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(maxBytes: number): CallbackError {
  return new CallbackError('BODY_TOO_LARGE', `The body is larger than ${maxBytes} bytes`);
}
