// createRelay: one downstream POST per idempotency key, guarded by the ledger, acknowledged only
// when every key is done; the attacks are overlapping multi-job callbacks, racing consumers,
// failing downstreams and ledgers, and hostile text in the log.

import { parseCallback } from '@wanxiang/core';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { createDeliverer, createRelay, inlineRelayMessage, type Ledger, type RelayMessage, referenceRelayMessage } from '../src/index.js';
import { createMemoryLedger, taskFinishJson, taskFinishXml } from '../src/testing/index.js';

const SECRET = `whsec_${Buffer.alloc(32, 3).toString('base64')}`;
const webhook = new Webhook(SECRET);

/** A downstream recording verified POSTs; `status` decides each answer. */
function downstream(status: (key: string) => number | Promise<number> = () => 204) {
  const posts: { id: string; payload: any }[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    const payload = webhook.verify(init.body as string, headers);
    const answer = await status(headers['webhook-id']!);
    if (answer < 300) posts.push({ id: headers['webhook-id']!, payload });
    return new Response(null, { status: answer });
  }) as unknown as typeof globalThis.fetch;
  return { posts, deliverer: createDeliverer({ url: 'https://downstream.example/', secret: SECRET, fetch, timeoutMs: 2_000, leaseMs: 5_000 }) };
}

/** The queue message the receiver would make for a TaskFinish with these jobs (State Success). */
function message(jobIds: string[], body = taskFinishXml(jobIds)): RelayMessage {
  const raw = new TextEncoder().encode(body);
  const event = parseCallback(raw, { contentType: 'application/xml' });
  const keys = jobIds.map((id) => `${id}:Success`);
  return inlineRelayMessage({ id: keys.join(','), keys, event, raw, contentType: 'application/xml', contentVersion: null, receivedAt: '2026-04-20T02:00:00.000Z' }, Infinity)!;
}

const lines = () => {
  const logged: string[] = [];
  const push = (line: string) => logged.push(line);
  return { logged, logger: { info: push, warn: push, error: push } };
};

describe('one POST per key', () => {
  it('splits a two-job TaskFinish into two POSTs, each narrowed to its job, webhook-id = key = payload.key', async () => {
    const { posts, deliverer } = downstream();
    const relay = createRelay({ ledger: createMemoryLedger(), deliverer, logger: false });
    expect(await relay.handle(message(['ja', 'jb']))).toMatchObject({ status: 'done' });
    expect(posts.map((post) => post.id).sort()).toEqual(['ja:Success', 'jb:Success']);
    for (const post of posts) {
      expect(post.payload.key).toBe(post.id);
      expect(post.payload.data.JobsDetail).toHaveLength(1);
      expect(`${post.payload.data.JobsDetail[0].JobId}:Success`).toBe(post.id);
    }
  });

  it('delivers A alone, then A+B and B+C at once, as exactly A, B and C once each', async () => {
    const { posts, deliverer } = downstream();
    const relay = createRelay({ ledger: createMemoryLedger(), deliverer, logger: false });
    expect((await relay.handle(message(['ja']))).status).toBe('done');
    const results = await Promise.all([relay.handle(message(['ja', 'jb'])), relay.handle(message(['jb', 'jc']))]);
    // The one that lost the race on B retries; its retry finds B delivered.
    for (const [index, result] of results.entries()) {
      if (result.status === 'retry') expect((await relay.handle(message(index === 0 ? ['ja', 'jb'] : ['jb', 'jc']))).status).toBe('done');
    }
    expect(posts.map((post) => post.id).sort()).toEqual(['ja:Success', 'jb:Success', 'jc:Success']);
  });

  it('delivers a key repeated inside one callback once', async () => {
    const { posts, deliverer } = downstream();
    const relay = createRelay({ ledger: createMemoryLedger(), deliverer, logger: false });
    expect((await relay.handle(message(['jdup', 'jdup']))).status).toBe('done');
    expect(posts.map((post) => post.id)).toEqual(['jdup:Success']);
  });

  it('ten consumers racing on one message POST it once; the losers are told to retry, and their retry is a duplicate', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { posts, deliverer } = downstream(async () => {
      await gate;
      return 204;
    });
    const relay = createRelay({ ledger: createMemoryLedger(), deliverer, logger: false });
    const racing = Array.from({ length: 10 }, () => relay.handle(message(['jrace'])));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    const results = await Promise.all(racing);
    expect(results.filter((result) => result.status === 'done')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'retry' && result.keys[0]!.outcome === 'busy')).toHaveLength(9);
    expect(await relay.handle(message(['jrace']))).toMatchObject({ status: 'done', keys: [{ outcome: 'duplicate' }] });
    expect(posts).toHaveLength(1);
  });
});

describe('acknowledged only when every key is done', () => {
  it('retries the message while one key fails, skipping the keys already delivered', async () => {
    let failB = 2;
    const { posts, deliverer } = downstream((key) => (key === 'jb:Success' && failB-- > 0 ? 503 : 204));
    const relay = createRelay({ ledger: createMemoryLedger(), deliverer, logger: false });
    const first = await relay.handle(message(['ja', 'jb']));
    expect(first).toMatchObject({
      status: 'retry',
      keys: [
        { key: 'ja:Success', outcome: 'delivered' },
        { key: 'jb:Success', outcome: 'retry' },
      ],
    });
    expect((await relay.handle(message(['ja', 'jb']))).status).toBe('retry');
    const third = await relay.handle(message(['ja', 'jb']));
    expect(third).toMatchObject({ status: 'done', keys: [{ outcome: 'duplicate' }, { outcome: 'delivered' }] });
    expect(posts.map((post) => post.id)).toEqual(['ja:Success', 'jb:Success']);
  });

  it('passes the longest Retry-After on', async () => {
    const fetch = (async () => new Response(null, { status: 429, headers: { 'retry-after': '7' } })) as unknown as typeof globalThis.fetch;
    const deliverer = createDeliverer({ url: 'https://d.example/', secret: SECRET, fetch });
    expect(await createRelay({ ledger: createMemoryLedger(), deliverer, logger: false }).handle(message(['j429']))).toMatchObject({ status: 'retry', retryAfterMs: 7_000 });
  });

  it('410 Gone is recorded and stops: done now, and a repeat is not POSTed again', async () => {
    let calls = 0;
    const fetch = (async () => {
      calls++;
      return new Response(null, { status: 410 });
    }) as unknown as typeof globalThis.fetch;
    const relay = createRelay({ ledger: createMemoryLedger(), deliverer: createDeliverer({ url: 'https://d.example/', secret: SECRET, fetch }), logger: false });
    expect(await relay.handle(message(['jgone']))).toMatchObject({ status: 'done', keys: [{ outcome: 'gone' }] });
    expect(await relay.handle(message(['jgone']))).toMatchObject({ status: 'done', keys: [{ outcome: 'duplicate' }] });
    expect(calls).toBe(1);
  });

  it('a ledger that cannot claim means retry and no POST', async () => {
    const { posts, deliverer } = downstream();
    const broken: Ledger = { claim: () => Promise.reject(new Error('ledger down')), complete: async () => {}, release: async () => {} };
    expect(await createRelay({ ledger: broken, deliverer, logger: false }).handle(message(['jledger']))).toMatchObject({ status: 'retry' });
    expect(posts).toEqual([]);
  });

  it('a ledger that cannot record a delivery keeps the lease (no second POST within it) and retries', async () => {
    const { posts, deliverer } = downstream();
    const memory = createMemoryLedger();
    let failComplete = true;
    const flaky: Ledger = { ...memory, complete: (key) => (failComplete ? Promise.reject(new Error('write failed')) : memory.complete(key)) };
    const relay = createRelay({ ledger: flaky, deliverer, logger: false });
    expect((await relay.handle(message(['jrecord']))).status).toBe('retry');
    failComplete = false;
    expect(await relay.handle(message(['jrecord']))).toMatchObject({ status: 'retry', keys: [{ outcome: 'busy' }] });
    expect(posts).toHaveLength(1);
  });

  it('refuses what is not a relay message, POSTing nothing', async () => {
    const { posts, deliverer } = downstream();
    const relay = createRelay({ ledger: createMemoryLedger(), deliverer, logger: false });
    for (const value of [null, 'x', { v: 1, id: 'a', keys: ['a'], receivedAt: '2026-04-20T02:00:00Z', event: {} }, { ...message(['jx']), extra: true }]) {
      expect((await relay.handle(value)).status).toBe('invalid');
    }
    expect(posts).toEqual([]);
  });
});

describe('events by reference', () => {
  const large = taskFinishXml(['jref'], 'x'.repeat(1000));
  const raw = new TextEncoder().encode(large);
  const input = {
    id: 'jref:Success',
    keys: ['jref:Success'],
    event: parseCallback(raw, { contentType: 'application/xml' }),
    raw,
    contentType: 'application/xml',
    contentVersion: null,
    receivedAt: '2026-04-20T02:00:00.000Z',
  };

  it('reads the raw body back from the store and delivers the parsed event', async () => {
    const { posts, deliverer } = downstream();
    const store = { get: async (key: string) => (key === 'bodies/1' ? raw : undefined) };
    const relay = createRelay({ ledger: createMemoryLedger(), deliverer, store, logger: false });
    expect((await relay.handle(await referenceRelayMessage(input, 'bodies/1'))).status).toBe('done');
    expect(posts[0]!.payload.data).toEqual(input.event);
  });

  it('retries, POSTing nothing, when the stored body is missing or not the one the message was made from', async () => {
    const { posts, deliverer } = downstream();
    const tampered = new TextEncoder().encode(large.replace('jref', 'jevil'));
    for (const store of [{ get: async () => undefined }, { get: async () => tampered }, { get: async () => raw.slice(1) }]) {
      const relay = createRelay({ ledger: createMemoryLedger(), deliverer, store, logger: false });
      expect((await relay.handle(await referenceRelayMessage(input, 'bodies/1'))).status).toBe('retry');
    }
    expect(posts).toEqual([]);
  });
});

describe('the log', () => {
  it('a JobId with CR/LF, ANSI escapes or a line separator cannot forge a "delivered" line', async () => {
    const { deliverer } = downstream();
    const { logged, logger } = lines();
    const hostile = 'x\r\nwanxiang: TaskFinish Transcode JobId=victim State=Success → delivered [victim:Success]\n\u001b[2K\u2028\u202e';
    const raw = new TextEncoder().encode(taskFinishJson([hostile]));
    const event = parseCallback(raw, { contentType: 'application/json' });
    const relay = createRelay({ ledger: createMemoryLedger(), deliverer, logger });
    const value = inlineRelayMessage({ id: 'sha256:00', keys: ['sha256:00'], event, raw, contentType: 'application/json', contentVersion: null, receivedAt: '2026-04-20T02:00:00.000Z' }, Infinity)!;
    expect((await relay.handle(value)).status).toBe('done');
    expect(logged).toHaveLength(1);
    const [line] = logged as [string];
    expect(line).not.toMatch(/[\r\n\u001b\u2028\u202e]/);
    expect(line.startsWith('wanxiang: TaskFinish Transcode JobId=x\\u000d\\u000awanxiang:')).toBe(true);
    expect(line).toMatch(/→ delivered \[sha256:00\]$/);
  });

  it('bounds a huge JobId in the line', async () => {
    const { deliverer } = downstream();
    const { logged, logger } = lines();
    const raw = new TextEncoder().encode(taskFinishJson(['j'.repeat(100_000)]));
    const event = parseCallback(raw, { contentType: 'application/json' });
    const value = inlineRelayMessage({ id: 'sha256:01', keys: ['sha256:01'], event, raw, contentType: 'application/json', contentVersion: null, receivedAt: '2026-04-20T02:00:00.000Z' }, Infinity)!;
    await createRelay({ ledger: createMemoryLedger(), deliverer, logger }).handle(value);
    expect(logged[0]!.length).toBeLessThan(400);
  });
});
