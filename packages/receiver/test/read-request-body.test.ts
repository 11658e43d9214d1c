import { CallbackError } from '@wanxiang/core';
import { describe, expect, it } from 'vitest';
import { readRequestBody } from '../src/inbound/read-request-body.js';
import { ReceiverError } from '../src/index.js';
import { bodyOf, post, recordingStream, setup, TASK_XML } from './support/fixtures.js';

const limits = { maxBytes: 64, timeoutMs: 1_000 };

/** A POST carrying `stream`, with optional headers. */
const streamed = (stream: ReadableStream<Uint8Array>, headers?: Record<string, string>) => post(stream, { contentType: 'application/xml', ...(headers ? { headers } : {}) });

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('readRequestBody', () => {
  it('joins the chunks of a stream into the exact bytes sent', async () => {
    const { stream } = recordingStream(['<a>', 'héllo', new Uint8Array([0xe4, 0xbd]), new Uint8Array([0xa0]), '</a>']);
    const bytes = await readRequestBody(streamed(stream), limits);
    expect(Array.from(bytes)).toEqual(Array.from(new TextEncoder().encode('<a>héllo你</a>')));
  });

  it('reads a body of exactly maxBytes', async () => {
    const body = 'x'.repeat(limits.maxBytes);
    const bytes = await readRequestBody(post(body), limits);
    expect(bytes.byteLength).toBe(limits.maxBytes);
  });

  it('resolves to empty bytes for a request without a body', async () => {
    const bytes = await readRequestBody(post(null), limits);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.byteLength).toBe(0);
  });

  it('refuses a declared Content-Length over maxBytes with BODY_TOO_LARGE before reading anything', async () => {
    const { stream, state } = recordingStream(['<a/>']);
    const error = await rejectionOf(readRequestBody(streamed(stream, { 'content-length': String(limits.maxBytes + 1) }), limits));
    expect(error).toBeInstanceOf(CallbackError);
    expect((error as CallbackError).code).toBe('BODY_TOO_LARGE');
    expect((error as CallbackError).message).toContain(String(limits.maxBytes));
    expect(state.pulls).toBe(0);
  });

  it('reads a body whose declared Content-Length is exactly maxBytes', async () => {
    const body = 'y'.repeat(limits.maxBytes);
    const bytes = await readRequestBody(post(body, { headers: { 'content-length': String(limits.maxBytes) } }), limits);
    expect(new TextDecoder().decode(bytes)).toBe(body);
  });

  it('cancels a stream without Content-Length as soon as it passes maxBytes', async () => {
    const { stream, state } = recordingStream(['0123456789'.repeat(3)], { endless: true });
    const error = await rejectionOf(readRequestBody(streamed(stream), limits));
    expect(error).toBeInstanceOf(CallbackError);
    expect((error as CallbackError).code).toBe('BODY_TOO_LARGE');
    expect(state.cancelled).toBe(true);
    // 30-byte chunks against a 64-byte limit: the third chunk passes it, and no fourth is asked for.
    expect(state.pulls).toBe(3);
  });

  it('still counts the bytes when the declared Content-Length understates them', async () => {
    const { stream, state } = recordingStream(['0123456789'.repeat(5), '0123456789'.repeat(5)]);
    const error = await rejectionOf(readRequestBody(streamed(stream, { 'content-length': '10' }), limits));
    expect((error as CallbackError).code).toBe('BODY_TOO_LARGE');
    expect(state.cancelled).toBe(true);
  });

  it('ignores a Content-Length that is not a number and reads the body', async () => {
    const { stream } = recordingStream(['<a/>']);
    const bytes = await readRequestBody(streamed(stream, { 'content-length': 'lots' }), limits);
    expect(new TextDecoder().decode(bytes)).toBe('<a/>');
  });

  it('rejects with REQUEST_TIMEOUT (408) for a body that never finishes, and cancels it', async () => {
    const { stream, state } = recordingStream([], { stall: true });
    const started = Date.now();
    const error = await rejectionOf(readRequestBody(streamed(stream), { maxBytes: 64, timeoutMs: 30 }));
    expect(error).toBeInstanceOf(ReceiverError);
    expect((error as ReceiverError).code).toBe('REQUEST_TIMEOUT');
    expect((error as ReceiverError).status).toBe(408);
    expect((error as ReceiverError).message).toContain('30 ms');
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(state.cancelled).toBe(true);
  });

  it('times out a slow drip: the limit is for the whole body, not each chunk', async () => {
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          pulls++;
          await new Promise((resolve) => setTimeout(resolve, 10));
          controller.enqueue(new Uint8Array([0x20]));
        },
      },
      { highWaterMark: 0 },
    );
    const error = await rejectionOf(readRequestBody(streamed(stream), { maxBytes: 1_000, timeoutMs: 50 }));
    expect((error as ReceiverError).code).toBe('REQUEST_TIMEOUT');
    expect(pulls).toBeGreaterThan(1);
  });

  it('rejects with BODY_UNREADABLE (400) when the stream fails, keeping the cause', async () => {
    const failure = new Error('connection reset');
    let sent = false;
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (!sent) {
            sent = true;
            controller.enqueue(new TextEncoder().encode('<Resp'));
            return;
          }
          controller.error(failure);
        },
      },
      { highWaterMark: 0 },
    );
    const error = await rejectionOf(readRequestBody(streamed(stream), limits));
    expect(error).toBeInstanceOf(ReceiverError);
    expect((error as ReceiverError).code).toBe('BODY_UNREADABLE');
    expect((error as ReceiverError).status).toBe(400);
    expect((error as ReceiverError).cause).toBe(failure);
  });
});

describe('body limits through the receiver', () => {
  it('answers 413 when Content-Length declares too much, without forwarding or reading the body', async () => {
    const { receiver, deliveries, errors } = setup({ maxBytes: 100 });
    const { stream, state } = recordingStream([TASK_XML]);
    const response = await receiver.fetch(streamed(stream, { 'content-length': '101' }));
    expect(response.status).toBe(413);
    expect(await bodyOf(response)).toMatchObject({ code: 'BODY_TOO_LARGE' });
    expect(deliveries).toEqual([]);
    expect(state.pulls).toBe(0);
    expect(errors.map(({ error, context }) => [error.code, context.status])).toEqual([['BODY_TOO_LARGE', 413]]);
  });

  it('answers 413 with the default 4 MiB limit for a declared 4 MiB + 1 byte', async () => {
    const { receiver } = setup();
    const { stream, state } = recordingStream([TASK_XML]);
    const response = await receiver.fetch(streamed(stream, { 'content-length': String(4 * 1024 * 1024 + 1) }));
    expect(response.status).toBe(413);
    expect(state.pulls).toBe(0);
  });

  it('answers 413 and cancels a stream without Content-Length that passes maxBytes', async () => {
    const { receiver, deliveries } = setup({ maxBytes: 100 });
    const { stream, state } = recordingStream(['<Response>', '<Padding>xxxxxxxxxxxxxxxxxxxxxxxxxxxx</Padding>'], { endless: true });
    const response = await receiver.fetch(streamed(stream));
    expect(response.status).toBe(413);
    expect((await bodyOf(response)).code).toBe('BODY_TOO_LARGE');
    expect(state.cancelled).toBe(true);
    expect(state.pulls).toBeLessThan(10);
    expect(deliveries).toEqual([]);
  });

  it('accepts a streamed body under maxBytes', async () => {
    const { receiver, deliveries } = setup({ maxBytes: TASK_XML.length });
    const { stream } = recordingStream([TASK_XML.slice(0, 50), TASK_XML.slice(50)]);
    const response = await receiver.fetch(streamed(stream));
    expect(response.status).toBe(200);
    expect(new TextDecoder().decode(deliveries[0]!.raw)).toBe(TASK_XML);
  });

  it('answers 408 REQUEST_TIMEOUT for a body that never finishes', async () => {
    const { receiver, deliveries, errors } = setup({ bodyTimeoutMs: 30 });
    // One chunk, then nothing ever again.
    const { stream, state } = recordingStream(['<Response>'], { stall: true });
    const response = await receiver.fetch(streamed(stream));
    expect(response.status).toBe(408);
    expect(await bodyOf(response)).toMatchObject({ code: 'REQUEST_TIMEOUT' });
    expect(state.pulls).toBe(2);
    expect(state.cancelled).toBe(true);
    expect(deliveries).toEqual([]);
    expect(errors.map(({ error, context }) => [error.code, context.status])).toEqual([['REQUEST_TIMEOUT', 408]]);
  });

  it('answers 400 BODY_UNREADABLE when the body stream fails', async () => {
    const { receiver, deliveries } = setup();
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('client went away'));
      },
    });
    const response = await receiver.fetch(streamed(stream));
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).code).toBe('BODY_UNREADABLE');
    expect(deliveries).toEqual([]);
  });
});
