// The Redis ledger, as the relay layer's Ledger contract asks and as an attacker would probe
// it: racing holders, a stale holder releasing someone else's lease, leases and retention
// running out, hostile keys.
import { createClient } from 'redis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { redisLedger, relayKeys } from '../examples/node/redis/index.mjs';
import { describeRedis } from './redis/describe-redis.js';
import { startTestRedis, type TestRedis } from './redis/redis-server.js';

type Client = ReturnType<typeof createClient>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let prefixes = 0;

describeRedis('the Redis ledger', () => {
  let redis: TestRedis;
  const clients: Client[] = [];
  const client = async () => {
    const made = createClient({ url: redis.url });
    made.on('error', () => {});
    await made.connect();
    clients.push(made);
    return made;
  };
  const ledger = async (options: { retentionMs?: number } = {}) => redisLedger(await client(), { prefix: `l${prefixes}`, ...options });

  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    for (const made of clients) if (made.isOpen) made.destroy();
    await redis?.dispose();
  });

  it('claimed for one holder, busy for another while the lease lives, delivered for everyone once completed', async () => {
    prefixes++;
    const [a, b] = [await ledger(), await ledger()];
    expect(await a.claim('job-1:Success', 60_000, 'a')).toBe('claimed');
    expect(await b.claim('job-1:Success', 60_000, 'b')).toBe('busy');
    expect(await a.claim('job-1:Success', 60_000, 'a')).toBe('busy'); // not re-entrant: one POST per lease
    await a.complete('job-1:Success');
    expect(await b.claim('job-1:Success', 60_000, 'b')).toBe('delivered');
    expect(await a.claim('job-1:Success', 60_000, 'a')).toBe('delivered');
    expect(await b.claim('job-2:Success', 60_000, 'b')).toBe('claimed'); // keys are independent
  });

  it('50 holders racing on one key on 50 connections: exactly one is told claimed', async () => {
    prefixes++;
    const holders = await Promise.all(Array.from({ length: 50 }, () => ledger()));
    const results = await Promise.all(holders.map((holder, n) => holder.claim('race:Success', 60_000, `h${n}`)));
    expect(results.filter((result) => result === 'claimed')).toHaveLength(1);
    expect(results.filter((result) => result === 'busy')).toHaveLength(49);
  });

  it('release frees the key at once, but only for the holder that holds it: a stale holder cannot free a lease taken after its own expired', async () => {
    prefixes++;
    const [a, b] = [await ledger(), await ledger()];
    expect(await a.claim('k', 100, 'a')).toBe('claimed');
    await sleep(150); // a stalled past its lease
    expect(await b.claim('k', 60_000, 'b')).toBe('claimed');
    await a.release('k', 'a'); // too late: must not free b's lease
    expect(await a.claim('k', 60_000, 'c')).toBe('busy');
    await b.release('k', 'b');
    expect(await a.claim('k', 60_000, 'c')).toBe('claimed');
  });

  it('an expired lease is as good as none; a delivered key is forgotten after the retention', async () => {
    prefixes++;
    const short = await ledger({ retentionMs: 200 });
    expect(await short.claim('k', 80, 'a')).toBe('claimed');
    await sleep(120);
    expect(await short.claim('k', 60_000, 'b')).toBe('claimed');
    await short.complete('k');
    expect(await short.claim('k', 60_000, 'c')).toBe('delivered');
    await sleep(250);
    expect(await short.claim('k', 60_000, 'c')).toBe('claimed');
  });

  it('complete records the key even when another holder took the lease meanwhile (the POST did succeed)', async () => {
    prefixes++;
    const [a, b] = [await ledger(), await ledger()];
    expect(await a.claim('k', 80, 'a')).toBe('claimed');
    await sleep(120);
    expect(await b.claim('k', 60_000, 'b')).toBe('claimed');
    await a.complete('k');
    expect(await b.claim('k', 60_000, 'b')).toBe('delivered');
  });

  it('hostile keys (CR/LF, ANSI, braces, 100 kB) are their own keys and never appear in Redis key names', async () => {
    prefixes++;
    const store = await ledger();
    const admin = await client();
    const hostile = ['a\r\nSET x 1', '\u001b[31mdelivered', '}{', 'x'.repeat(100_000), 'k', 'k '];
    for (const key of hostile) expect(await store.claim(key, 60_000, 'h')).toBe('claimed');
    for (const key of hostile) await store.complete(key);
    for (const key of hostile) expect(await store.claim(key, 60_000, 'h')).toBe('delivered');
    expect(await store.claim('k  ', 60_000, 'h')).toBe('claimed');
    const names = await admin.keys(`l${prefixes}:*`);
    expect(names.length).toBe(hostile.length + 1);
    for (const name of names) expect(name).toMatch(/^l\d+:key:\{[0-9a-f]{64}\}:(delivered|lease)$/);
    expect(names).toContain(relayKeys(`l${prefixes}`).ledger('k').delivered);
  });

  it('refuses a lease, a retention or a holder it cannot honour, naming it', async () => {
    prefixes++;
    const store = await ledger();
    await expect(store.claim('k', 1.5, 'h')).rejects.toThrow(/^ledger\.claim leaseMs: /);
    await expect(store.claim('k', 0, 'h')).rejects.toThrow(/^ledger\.claim leaseMs: /);
    await expect(store.claim('k', 1000, '')).rejects.toThrow(/^ledger\.claim: holder/);
    await expect(ledger({ retentionMs: -1 })).rejects.toThrow(/^ledger\.retentionMs: /);
  });
});
