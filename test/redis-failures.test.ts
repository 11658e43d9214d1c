// What goes wrong around the Redis relay, and what it must do then: a downstream that keeps
// failing (dead letter after N attempts, raw body kept), one that says 410, entries nobody
// should have written, two consumers on overlapping keys, Redis gone at `send` (503), and a
// Redis crash right after the 200 (durable with appendfsync always).

import { isRelayMessage, type RelayMessage } from '@wanxiang/receiver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { taskFinishXml, uniqueJobId } from '../packages/receiver/src/testing/index.js';
import { describeRedis } from './redis/describe-redis.js';
import { startTestRedis, type TestRedis } from './redis/redis-server.js';
import { type RedisSystem, startRedisSystem, TIMING } from './redis/redis-system.js';
import { waitFor } from './redis/relay-process.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeRedis('the Redis relay when things fail', () => {
  let redis: TestRedis;
  const systems: RedisSystem[] = [];
  const system = async (options: Parameters<typeof startRedisSystem>[1], on = redis) => {
    const started = await startRedisSystem(on, options);
    systems.push(started);
    return started;
  };
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    for (const started of systems) await started.close();
    await redis?.dispose();
  });

  const pending = async (rig: RedisSystem) => (await rig.admin.xPending(rig.keys.stream, 'wanxiang-relay')).pending;
  const attempts = (rig: RedisSystem, key: string) => rig.downstream.arrived.filter((arrival) => arrival.id === key).length;

  it('a downstream that answers 500 every time: maxDeliveries attempts, then a dead letter holding the message, acknowledged; a large event keeps its raw body', async () => {
    const rig = await system({ consumer: true, maxDeliveries: 2, maxInlineBytes: 1_500 });
    rig.downstream.answer = () => 500;
    const [small, large] = [uniqueJobId('dead'), uniqueJobId('deadlarge')];
    expect(await rig.post(taskFinishXml([small]))).toBe(200);
    expect(await rig.post(taskFinishXml([large], 'x'.repeat(2_000)))).toBe(200);
    await expect.poll(async () => rig.admin.xLen(rig.keys.deadLetters), { timeout: 20_000, interval: 200 }).toBe(2);
    expect(attempts(rig, `${small}:Success`)).toBe(2);
    expect(attempts(rig, `${large}:Success`)).toBe(2);
    expect(rig.delivered()).toEqual([]);
    expect(await pending(rig)).toBe(0);
    expect(await rig.admin.xLen(rig.keys.stream)).toBe(0);

    const dead = await rig.admin.xRange(rig.keys.deadLetters, '-', '+');
    const messages = dead.map((entry) => JSON.parse(entry.message.message!) as RelayMessage);
    expect(messages.every(isRelayMessage)).toBe(true);
    expect(dead.map((entry) => entry.message.reason)).toEqual(['not delivered after 2 attempts', 'not delivered after 2 attempts']);
    expect(messages.find((message) => message.event)!.keys).toEqual([`${small}:Success`]);
    const byRef = messages.find((message) => message.body)!;
    expect(byRef.keys).toEqual([`${large}:Success`]);
    const bodyKey = rig.keys.body(byRef.body!.key);
    expect(await rig.admin.ttl(bodyKey)).toBe(-1); // kept for good with its dead letter
    expect(await rig.admin.strLen(bodyKey)).toBe(byRef.body!.bytes);
    expect(rig.logs().some((line) => line.includes(`moved to ${rig.keys.deadLetters}`))).toBe(true);
  });

  it('a downstream that answers 410 Gone: recorded and acknowledged, neither retried nor dead-lettered', async () => {
    const rig = await system({ consumer: true, maxDeliveries: 2 });
    rig.downstream.answer = () => 410;
    const job = uniqueJobId('gone');
    expect(await rig.post(taskFinishXml([job]))).toBe(200);
    await expect.poll(() => pending(rig), { timeout: 10_000 }).toBe(0);
    await waitFor(() => attempts(rig, `${job}:Success`) === 1, 'the POST');
    await sleep(TIMING.minIdleMs + 500);
    expect(attempts(rig, `${job}:Success`)).toBe(1);
    expect(await rig.admin.xLen(rig.keys.deadLetters)).toBe(0);
  });

  it('entries another producer (or a hand) wrote — not JSON, not a relay message, pointing at a body elsewhere — are dead-lettered unposted, and the stream keeps flowing', async () => {
    const rig = await system({ consumer: true, maxDeliveries: 2 });
    const victim = await rig.admin.set(`${rig.prefix}:secret`, '<Response>not yours</Response>');
    expect(victim).toBe('OK');
    const forged: RelayMessage = {
      v: 2,
      id: 'forged',
      keys: ['forged:Success'],
      receivedAt: new Date().toISOString(),
      contentType: 'application/xml',
      contentVersion: null,
      body: { key: `../${rig.prefix}:secret`, bytes: 30, sha256: '0'.repeat(64) },
    };
    await rig.admin.xAdd(rig.keys.stream, '*', { message: '{not json' });
    await rig.admin.xAdd(rig.keys.stream, '*', { message: JSON.stringify({ v: 1, id: 'old' }) });
    await rig.admin.xAdd(rig.keys.stream, '*', { other: 'field' });
    await rig.admin.xAdd(rig.keys.stream, '*', { message: JSON.stringify(forged) });
    const job = uniqueJobId('after');
    expect(await rig.post(taskFinishXml([job]))).toBe(200);
    await waitFor(() => rig.delivered().some((post) => post.id === `${job}:Success`), 'the real callback after the junk');
    await expect.poll(async () => rig.admin.xLen(rig.keys.deadLetters), { timeout: 20_000, interval: 200 }).toBe(4);
    expect(rig.downstream.arrived.map((arrival) => arrival.id)).toEqual([`${job}:Success`]);
    expect(await pending(rig)).toBe(0);
  });

  it('two consumers on one group, overlapping multi-job callbacks posted at once: each key reaches the downstream exactly once', async () => {
    const rig = await system({ consumer: true });
    await rig.addConsumer('consumer-2');
    const jobs = Array.from({ length: 12 }, () => uniqueJobId('pair'));
    // Callback i carries jobs i and i+1: every job but the ends arrives in two callbacks, racing.
    const statuses = await Promise.all(jobs.slice(0, -1).map((job, index) => rig.post(taskFinishXml([job, jobs[index + 1]!]))));
    expect(statuses.every((status) => status === 200)).toBe(true);
    const keys = jobs.map((job) => `${job}:Success`);
    await waitFor(() => keys.every((key) => rig.delivered().some((post) => post.id === key)), 'every key downstream', 30_000);
    await expect.poll(() => pending(rig), { timeout: 20_000, interval: 200 }).toBe(0);
    expect(keys.map((key) => rig.delivered().filter((post) => post.id === key).length)).toEqual(keys.map(() => 1));
    expect(rig.delivered()).toHaveLength(keys.length);
  });

  it('Redis down at send: the receiver answers 503 at once (not after the forward deadline); back up, the repeat is delivered once', async () => {
    const own = await startTestRedis();
    try {
      const rig = await system({ consumer: true }, own);
      await own.stop();
      const job = uniqueJobId('down');
      const started = Date.now();
      expect(await rig.post(taskFinishXml([job]))).toBe(503);
      expect(Date.now() - started).toBeLessThan(TIMING.forwardTimeoutMs);
      await own.start();
      await expect.poll(() => rig.post(taskFinishXml([job])), { timeout: 20_000, interval: 250 }).toBe(200);
      await waitFor(() => rig.delivered().some((post) => post.id === `${job}:Success`), 'the delivery after Redis came back');
      await sleep(500);
      expect(rig.delivered().filter((post) => post.id === `${job}:Success`)).toHaveLength(1);
    } finally {
      await own.dispose();
    }
  });

  it('durable as documented: with appendfsync always, a Redis SIGKILLed right after the 200 still has the message when it comes back', async () => {
    const own = await startTestRedis({ persistence: 'always' });
    try {
      const rig = await system({ consumer: false }, own);
      const job = uniqueJobId('crash');
      expect(await rig.post(taskFinishXml([job]))).toBe(200);
      await own.kill();
      await own.start();
      await rig.startConsumer();
      await waitFor(() => rig.delivered().some((post) => post.id === `${job}:Success`), 'the delivery after the Redis crash', 30_000);
    } finally {
      await own.dispose();
    }
  });
});
