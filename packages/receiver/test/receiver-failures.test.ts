// createReceiver when something fails: the forwarder (503 FORWARD_FAILED), the logger, the
// request itself, an onError handler. Accepted callbacks: receiver.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReceiver } from '../src/index.js';
import { bodyOf, post, recordingLogger, setup, TASK_XML, TEST_REQUEST_JSON, TOKEN, URL_WITH_TOKEN } from './support/fixtures.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('forwarding failures', () => {
  it('answers 503 FORWARD_FAILED with retry-after when the forwarder rejects, and reports it', async () => {
    const failure = new Error('queue is down');
    const { receiver, errors, logs } = setup({ forwarder: { send: async () => Promise.reject(failure) } });
    const response = await receiver.fetch(post(TASK_XML));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await bodyOf(response)).toMatchObject({ code: 'FORWARD_FAILED' });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.error.code).toBe('FORWARD_FAILED');
    expect(errors[0]!.error.cause).toBe(failure);
    expect(errors[0]!.context).toEqual({ status: 503, receivedAt: expect.any(String), id: 'j1:Success' });
    expect(logs.filter((call) => call.level === 'error')).toEqual([
      { level: 'error', message: expect.any(String), fields: { code: 'FORWARD_FAILED', id: 'j1:Success', cause: 'Error: queue is down' } },
    ]);
  });

  it('answers 503 when forwarder.send is not async and throws synchronously', async () => {
    const { receiver } = setup({
      forwarder: {
        send: () => {
          throw new Error('sync failure');
        },
      },
    });
    const response = await receiver.fetch(post(TASK_XML));
    expect(response.status).toBe(503);
    expect((await bodyOf(response)).code).toBe('FORWARD_FAILED');
  });

  it('answers 200 only after send resolves', async () => {
    let release!: () => void;
    const sent = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { receiver } = setup({ forwarder: { send: () => sent } });
    let settled = false;
    const answer = receiver.fetch(post(TASK_XML)).then((response) => {
      settled = true;
      return response;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    release();
    expect((await answer).status).toBe(200);
  });
});

describe('unexpected failures', () => {
  // Logging must never change an answer: CI rejects a callback URL whose test request is not 200.
  it('answers 200 to the test request even when the logger throws in info, reporting nothing', async () => {
    const { logger } = recordingLogger();
    logger.info = () => {
      throw new Error('logger broke');
    };
    const receiver = createReceiver({ tokens: [TOKEN], forwarder: { send: async () => {} }, logger });
    const errors: string[] = [];
    receiver.onError((error) => errors.push(error.code));
    const response = await receiver.fetch(post(TEST_REQUEST_JSON));
    expect(response.status).toBe(200);
    expect(await bodyOf(response)).toEqual({ ok: true, test: true });
    expect(errors).toEqual([]);
  });

  it('resolves to 500 INTERNAL when reading the request itself throws', async () => {
    const { receiver, errors, deliveries } = setup();
    const failure = new Error('headers are gone');
    const request = {
      method: 'POST',
      url: URL_WITH_TOKEN,
      headers: {
        get: () => {
          throw failure;
        },
      },
    } as unknown as Request;
    const response = await receiver.fetch(request);
    expect(response.status).toBe(500);
    expect(await bodyOf(response)).toEqual({
      code: 'INTERNAL',
      message: 'The receiver failed unexpectedly',
      issues: [{ path: '', message: 'The receiver failed unexpectedly' }],
    });
    expect(errors.map(({ error, context }) => [error.code, error.cause, context.status])).toEqual([['INTERNAL', failure, 500]]);
    expect(deliveries).toEqual([]);
  });

  // BUG: create-receiver.ts, the catch in `fetch` calls `logger.error` unguarded. With a logger
  // whose every method throws, a refusal throws from `logger.warn` (in `refuse`), the catch then
  // throws again from `logger.error`, and `fetch` rejects instead of resolving to a Response.
  // Error handlers that throw are swallowed (router.reportError); a throwing logger is not.
  it('resolves to a Response even when every logger method throws', async () => {
    const thrower = () => {
      throw new Error('logger broke');
    };
    const receiver = createReceiver({
      tokens: [TOKEN],
      forwarder: { send: async () => {} },
      logger: { info: thrower, warn: thrower, error: thrower },
    });
    const response = await receiver.fetch(post(TASK_XML, { url: 'https://hooks.example.com/ci/' }));
    expect(response).toBeInstanceOf(Response);
  });

  it('swallows an onError handler that throws: the answer is unchanged', async () => {
    const { receiver } = setup();
    receiver.onError(() => {
      throw new Error('error handler broke');
    });
    const response = await receiver.fetch(post('<a>'));
    expect(response.status).toBe(400);
  });
});
