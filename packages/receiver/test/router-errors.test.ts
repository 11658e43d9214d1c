// Handlers that fail (HANDLER_FAILED, the answer still 200) and onError: what reaches it, in
// which order, with which context. Dispatch and order: router.test.ts.
import { describe, expect, it } from 'vitest';
import { bodyOf, post, setup, TASK_XML, TEST_REQUEST_JSON, URL_WITH_TOKEN } from './support/fixtures.js';
import { ISO } from './support/iso-time.js';

describe('failing handlers', () => {
  it('still answer 200, let later handlers run, and reach onError as HANDLER_FAILED', async () => {
    const { receiver, errors, logs } = setup();
    const thrown = new Error('handler broke');
    const rejected = new Error('async handler broke');
    const ran: string[] = [];
    receiver.on('TaskFinish', () => {
      throw thrown;
    });
    receiver.on('Transcode', async () => {
      ran.push('Transcode');
      throw rejected;
    });
    receiver.onAny(() => void ran.push('any'));
    const response = await receiver.fetch(post(TASK_XML));
    expect(response.status).toBe(200);
    expect(await bodyOf(response)).toEqual({ ok: true, id: 'j1:Success', keys: ['j1:Success'] });
    expect(ran).toEqual(['Transcode', 'any']);
    expect(errors.map(({ error }) => [error.code, error.cause])).toEqual([
      ['HANDLER_FAILED', thrown],
      ['HANDLER_FAILED', rejected],
    ]);
    for (const { error, context } of errors) {
      expect(error.message).toContain('j1:Success');
      expect(context).toEqual({ receivedAt: expect.stringMatching(ISO), id: 'j1:Success' });
      expect('status' in context).toBe(false);
    }
    expect(logs.filter((call) => call.level === 'error').map((call) => call.fields)).toEqual([
      { id: 'j1:Success', cause: 'Error: handler broke' },
      { id: 'j1:Success', cause: 'Error: async handler broke' },
    ]);
  });

  it('report a thrown non-Error value too', async () => {
    const { receiver, errors, logs } = setup();
    receiver.onAny(() => {
      throw 'plain string';
    });
    expect((await receiver.fetch(post(TASK_XML))).status).toBe(200);
    expect(errors.map(({ error }) => [error.code, error.cause])).toEqual([['HANDLER_FAILED', 'plain string']]);
    expect(logs.at(-1)?.fields).toEqual({ id: 'j1:Success', cause: 'plain string' });
  });
});

describe('onError', () => {
  it.each([
    ['405', () => new Request(URL_WITH_TOKEN), {}, 405, 'METHOD_NOT_ALLOWED'],
    ['401', () => post(TASK_XML, { url: 'https://hooks.example.com/ci/' }), {}, 401, 'UNAUTHORIZED'],
    ['415', () => post(TASK_XML, { contentType: 'image/png' }), {}, 415, 'UNSUPPORTED_FORMAT'],
    ['413', () => post(TASK_XML), { maxBytes: 16 }, 413, 'BODY_TOO_LARGE'],
    ['400', () => post('<a>'), {}, 400, 'MALFORMED_XML'],
    ['403', () => post(TASK_XML), { allow: { QueueId: ['p9'] } }, 403, 'FORBIDDEN'],
  ] as const)('gets the %s refusal with context.status', async (_name, request, options, status, code) => {
    const { receiver, errors } = setup(options);
    const response = await receiver.fetch(request());
    expect(response.status).toBe(status);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.error.code).toBe(code);
    expect(errors[0]!.context).toEqual({ status, receivedAt: expect.stringMatching(ISO) });
  });

  it('gets the 408 refusal with context.status', async () => {
    const { receiver, errors } = setup({ bodyTimeoutMs: 20 });
    const stalled = new ReadableStream<Uint8Array>({ pull: () => new Promise<void>(() => {}) }, { highWaterMark: 0 });
    expect((await receiver.fetch(post(stalled, { contentType: 'application/xml' }))).status).toBe(408);
    expect(errors.map(({ error, context }) => [error.code, context.status])).toEqual([['REQUEST_TIMEOUT', 408]]);
  });

  it('gets the 503 refusal with context.status and the delivery id', async () => {
    const { receiver, errors } = setup({ forwarder: { send: async () => Promise.reject(new Error('down')) } });
    expect((await receiver.fetch(post(TASK_XML))).status).toBe(503);
    expect(errors.map(({ error, context }) => [error.code, context])).toEqual([['FORWARD_FAILED', { status: 503, receivedAt: expect.stringMatching(ISO), id: 'j1:Success' }]]);
  });

  it('runs every error handler in registration order, even after one throws', async () => {
    const { receiver } = setup();
    const order: string[] = [];
    receiver.onError(() => {
      order.push('second');
      throw new Error('error handler broke');
    });
    receiver.onError(async () => void order.push('third'));
    await receiver.fetch(post('<a>'));
    await receiver.drain();
    expect(order).toEqual(['second', 'third']);
  });

  it('is not called for an accepted event or the test request', async () => {
    const { receiver, errors } = setup();
    await receiver.fetch(post(TASK_XML));
    await receiver.fetch(post(TEST_REQUEST_JSON));
    expect(errors).toEqual([]);
  });
});
