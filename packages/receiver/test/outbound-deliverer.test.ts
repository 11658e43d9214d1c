// The Standard Webhooks deliverer: configuration refused at creation, one HMAC key import,
// the POST deadline, retry classification and the bounded answer drain.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseCallback } from '@wanxiang/core';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeliverer, type DelivererOptions, RelayError } from '../src/index.js';

const SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
const URL_ = 'https://downstream.example/webhook';
const event = parseCallback('<Response><EventName>TaskFinish</EventName><JobsDetail><Code>Success</Code><JobId>j1</JobId><State>Success</State><Tag>Transcode</Tag></JobsDetail></Response>', {
  contentType: 'application/xml',
});

/** A fetch answering `status` (and headers), recording every request. */
function fakeFetch(answer: () => Response | Promise<Response>) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    return answer();
  }) as unknown as typeof globalThis.fetch;
  return { fetch, requests };
}

const deliverer = (options: Partial<DelivererOptions> & Pick<DelivererOptions, 'fetch'>) => createDeliverer({ url: URL_, secret: SECRET, ...options });

afterEach(() => vi.restoreAllMocks());

describe('createDeliverer refuses a bad configuration at creation, naming the option', () => {
  it.each([
    ['url', { url: 'not a url' }],
    ['url', { url: 'ftp://downstream.example/' }],
    ['url', { url: 'https://user:pass@downstream.example/' }],
    ['secret', { secret: 'whsec_!!!' }],
    ['secret', { secret: `whsec_${Buffer.alloc(23, 1).toString('base64')}` }],
    ['secret', { secret: `whsec_${Buffer.alloc(65, 1).toString('base64')}` }],
    ['secret', { secret: `whsec_${Buffer.alloc(32, 1).toString('base64')}\n` }],
    ['secret', { secret: '' }],
    ['timeoutMs', { timeoutMs: 60_000, leaseMs: 60_000 }],
    ['timeoutMs', { timeoutMs: 90_000 }],
    ['timeoutMs', { timeoutMs: 0 }],
    ['timeoutMs', { timeoutMs: Number.NaN }],
    ['leaseMs', { leaseMs: -1 }],
    ['maxAnswerBytes', { maxAnswerBytes: 1.5 }],
  ] as const)('%s: %j', (path, options) => {
    let thrown: unknown;
    try {
      createDeliverer({ url: URL_, secret: SECRET, ...options });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RelayError);
    expect((thrown as RelayError).issues[0]!.path).toBe(path);
    expect((thrown as RelayError).message).toContain(path);
    expect((thrown as RelayError).code).toBe(path === 'secret' ? 'WEBHOOK_SECRET_INVALID' : 'RELAY_OPTIONS_INVALID');
    // A bad secret is never echoed.
    if ('secret' in options && options.secret.length > 8) expect((thrown as Error).message).not.toContain(options.secret.slice(6, 20));
  });

  it('accepts a timeout just below the lease', () => {
    expect(createDeliverer({ url: URL_, secret: SECRET, timeoutMs: 59_999, leaseMs: 60_000 }).timeoutMs).toBe(59_999);
  });
});

describe('one POST per key, signed', () => {
  it('sends { type, timestamp, key, data } with webhook-id = the key, verified by the standardwebhooks package', async () => {
    const { fetch, requests } = fakeFetch(() => new Response(null, { status: 204 }));
    const outcome = await deliverer({ fetch }).post('j1:Success', '2026-04-20T02:00:00.000Z', event);
    expect(outcome).toEqual({ kind: 'delivered', status: 204 });
    const { init } = requests[0]!;
    const headers = init.headers as Record<string, string>;
    expect(headers['webhook-id']).toBe('j1:Success');
    expect(init.redirect).toBe('manual');
    expect(new Webhook(SECRET).verify(init.body as string, headers)).toEqual({ type: 'TaskFinish', timestamp: '2026-04-20T02:00:00.000Z', key: 'j1:Success', data: event });
  });

  it('imports the HMAC key once for many POSTs', async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    const { fetch } = fakeFetch(() => new Response(null, { status: 200 }));
    const one = deliverer({ fetch });
    for (let i = 0; i < 5; i++) await one.post(`j${i}:Success`, '2026-04-20T02:00:00.000Z', event);
    expect(importKey).toHaveBeenCalledTimes(1);
  });
});

describe('retry classification', () => {
  const outcomeFor = async (response: () => Response, options: Partial<DelivererOptions> = {}) => {
    const { fetch } = fakeFetch(response);
    return deliverer({ fetch, now: () => Date.parse('2026-04-20T02:00:00Z'), ...options }).post('k', '2026-04-20T02:00:00Z', event);
  };

  it('2xx is delivered', async () => {
    for (const status of [200, 201, 202, 204, 299]) expect((await outcomeFor(() => new Response(null, { status }))).kind).toBe('delivered');
  });

  it('410 stops: gone, not retried', async () => {
    expect(await outcomeFor(() => new Response('bye', { status: 410 }))).toEqual({ kind: 'gone', status: 410 });
  });

  it('429 and 5xx retry, honouring Retry-After in seconds or as an HTTP date, bounded', async () => {
    expect(await outcomeFor(() => new Response(null, { status: 429, headers: { 'retry-after': '120' } }))).toMatchObject({ kind: 'retry', status: 429, retryAfterMs: 120_000 });
    expect(await outcomeFor(() => new Response(null, { status: 503, headers: { 'retry-after': 'Mon, 20 Apr 2026 02:00:30 GMT' } }))).toMatchObject({ kind: 'retry', retryAfterMs: 30_000 });
    expect(await outcomeFor(() => new Response(null, { status: 503, headers: { 'retry-after': '999999999' } }))).toMatchObject({ retryAfterMs: 600_000 });
    expect(await outcomeFor(() => new Response(null, { status: 503, headers: { 'retry-after': 'Sun, 19 Apr 2026 02:00:00 GMT' } }))).toMatchObject({ retryAfterMs: 0 });
    for (const junk of ['-5', '1e9', 'soon', '20 Apr 2026', '12.5', '']) {
      const outcome = await outcomeFor(() => new Response(null, { status: 503, headers: { 'retry-after': junk } }));
      expect(outcome, junk).toMatchObject({ kind: 'retry', status: 503 });
      expect(outcome, junk).not.toHaveProperty('retryAfterMs');
    }
  });

  it('other 4xx and redirects retry (then dead-letter): never dropped silently', async () => {
    for (const status of [400, 401, 403, 404, 409, 422, 301, 302, 307]) {
      const outcome = await outcomeFor(() => new Response(null, { status, headers: status < 400 ? { location: 'https://elsewhere.example/' } : {} }));
      expect(outcome, String(status)).toMatchObject({ kind: 'retry', status });
    }
  });

  it('a network error retries, with the reason', async () => {
    const outcome = await outcomeFor(() => {
      throw new TypeError('fetch failed');
    });
    expect(outcome).toEqual({ kind: 'retry', reason: 'the POST failed: fetch failed' });
  });
});

describe('the POST deadline and the answer drain', () => {
  it('aborts a downstream that never answers at timeoutMs, and reports a retry', async () => {
    const server = createServer(() => {
      // Never answers.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const started = performance.now();
      const outcome = await createDeliverer({ url, secret: SECRET, timeoutMs: 300, leaseMs: 1_000 }).post('k', '2026-04-20T02:00:00Z', event);
      const elapsed = performance.now() - started;
      expect(outcome).toEqual({ kind: 'retry', reason: 'no answer within 300 ms' });
      expect(elapsed).toBeGreaterThanOrEqual(250);
      expect(elapsed).toBeLessThan(5_000);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('reads at most maxAnswerBytes of an endless answer, then cancels it', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024);
    const endless = () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            pulled += chunk.byteLength;
            controller.enqueue(chunk);
          },
        }),
        { status: 200 },
      );
    const { fetch } = fakeFetch(endless);
    const outcome = await deliverer({ fetch, maxAnswerBytes: 10 * 1024, timeoutMs: 5_000 }).post('k', '2026-04-20T02:00:00Z', event);
    expect(outcome.kind).toBe('delivered');
    expect(pulled).toBeLessThanOrEqual(16 * 1024);
  });

  it('a body that stalls after the headers is cut at the deadline; the 2xx stands', async () => {
    const stalled = () => new Response(new ReadableStream({ pull: () => new Promise<void>(() => {}) }), { status: 202 });
    const { fetch } = fakeFetch(stalled);
    const started = performance.now();
    // A fake fetch ignores the signal; the drain must still end: it reads through the abort.
    const abortable = (async (url: string, init: RequestInit) => {
      const response = await fetch(url, init);
      const reader = response.body!.getReader();
      const body = new ReadableStream({
        pull: (controller) =>
          new Promise<void>((resolve, reject) => {
            init.signal!.addEventListener('abort', () => reject(init.signal!.reason));
            void reader
              .read()
              .then(({ value }) => (value ? controller.enqueue(value) : controller.close()), reject)
              .then(resolve);
          }),
      });
      return new Response(body, { status: response.status });
    }) as unknown as typeof globalThis.fetch;
    const outcome = await deliverer({ fetch: abortable, timeoutMs: 200, leaseMs: 1_000 }).post('k', '2026-04-20T02:00:00Z', event);
    expect(outcome).toEqual({ kind: 'delivered', status: 202 });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
