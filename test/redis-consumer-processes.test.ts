// Consumer processes of the Redis relay dying and coming back, as they do in production: a
// SIGKILL in the middle of a downstream POST, and a clean restart while callbacks keep arriving.
// Each key still reaches the downstream exactly once, and nothing stays pending.

import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { relayKeys } from '../examples/node/redis/index.mjs';
import { taskFinishXml, uniqueJobId } from '../packages/receiver/src/testing/index.js';
import { describeRedis } from './redis/describe-redis.js';
import { type Downstream, startDownstream, WEBHOOK_SECRET } from './redis/downstream.js';
import { startTestRedis, type TestRedis } from './redis/redis-server.js';
import { type RelayProcess, spawnRelay, waitFor } from './redis/relay-process.js';

const TOKEN = 'consumer-process-token-0123';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeRedis('Redis relay consumer processes', () => {
  let redis: TestRedis;
  let downstream: Downstream;
  let admin: ReturnType<typeof createClient>;
  const running: RelayProcess[] = [];
  let prefixes = 0;

  beforeAll(async () => {
    [redis, downstream] = await Promise.all([startTestRedis(), startDownstream()]);
    admin = createClient({ url: redis.url });
    admin.on('error', () => {});
    await admin.connect();
  });
  afterEach(() => {
    for (const relay of running.splice(0)) relay.child.kill('SIGKILL');
    downstream.answer = () => 200;
  });
  afterAll(async () => {
    admin?.destroy();
    await downstream?.close();
    await redis?.dispose();
  });

  /** One relay process; short timings in the required order: POST deadline < lease ≤ takeover idle. */
  const relay = (prefix: string, role: 'all' | 'receiver' | 'consumer', consumer: string) => {
    const started = spawnRelay({
      CI_TOKENS: TOKEN,
      REDIS_URL: redis.url,
      DOWNSTREAM_URL: downstream.url,
      WEBHOOK_SECRET,
      PORT: '0',
      REDIS_PREFIX: prefix,
      RELAY_ROLE: role,
      RELAY_CONSUMER: consumer,
      RELAY_POST_TIMEOUT_MS: '1500',
      RELAY_LEASE_MS: '2000',
      RELAY_MIN_IDLE_MS: '2000',
    });
    running.push(started);
    return started;
  };
  const post = async (base: string, jobs: string[]) => {
    const response = await fetch(`${base}/ci/${TOKEN}`, { method: 'POST', body: taskFinishXml(jobs), headers: { 'content-type': 'application/xml' } });
    expect(response.status).toBe(200);
  };
  const pending = async (prefix: string) => (await admin.xPending(relayKeys(prefix).stream, 'wanxiang-relay')).pending;
  const postsFor = (key: string) => downstream.delivered.filter((delivered) => delivered.id === key).length;

  it('a consumer SIGKILLed while its POST is in flight: the message stays pending, another consumer takes it over after the idle time and delivers it once', async () => {
    const prefix = `crash${++prefixes}`;
    const job = uniqueJobId('crash');
    const key = `${job}:Success`;
    downstream.answer = (id) => (id === key ? 'hang' : 200); // the first POST never gets its answer
    const first = relay(prefix, 'all', 'first');
    await post(await first.listening(), [job]);
    await waitFor(() => downstream.arrived.some((arrival) => arrival.id === key), 'the first POST to arrive');
    first.child.kill('SIGKILL'); // mid-delivery: claimed in the ledger, POST in flight, not acknowledged
    await first.exited;
    expect(await pending(prefix)).toBe(1);
    downstream.answer = () => 200;

    const heir = relay(prefix, 'consumer', 'heir');
    await waitFor(
      () => postsFor(key) === 1,
      () => `the heir's delivery; heir printed: ${heir.output()}`,
      30_000,
    );
    await expect.poll(() => pending(prefix), { timeout: 10_000 }).toBe(0);
    await sleep(2_500); // past another takeover interval: no second POST
    expect(postsFor(key)).toBe(1);
    expect(downstream.arrived.filter((arrival) => arrival.id === key)).toHaveLength(2); // the hung one and the heir's
  });

  it('a consumer restarted (SIGTERM, then started again under the same name) while the receiver keeps accepting: every key once, nothing pending', async () => {
    const prefix = `restart${++prefixes}`;
    const receiver = relay(prefix, 'receiver', 'unused');
    const base = await receiver.listening();
    const before = [uniqueJobId('before'), uniqueJobId('before')];
    const during = [uniqueJobId('during'), uniqueJobId('during'), uniqueJobId('during')];

    const consumer = relay(prefix, 'consumer', 'worker-1');
    for (const job of before) await post(base, [job]);
    await waitFor(() => before.every((job) => postsFor(`${job}:Success`) === 1), 'the first deliveries');
    consumer.child.kill('SIGTERM');
    expect(await consumer.exited).toBe(0);

    for (const job of during) await post(base, [job]); // accepted (200) with no consumer running: durable in the stream
    await sleep(300);
    expect(during.map((job) => postsFor(`${job}:Success`))).toEqual([0, 0, 0]);

    const restarted = relay(prefix, 'consumer', 'worker-1');
    await waitFor(
      () => during.every((job) => postsFor(`${job}:Success`) === 1),
      () => `the deliveries after the restart: ${restarted.output()}`,
    );
    await expect.poll(() => pending(prefix), { timeout: 10_000 }).toBe(0);
    expect(await admin.xLen(relayKeys(prefix).stream)).toBe(0);
    for (const job of [...before, ...during]) expect(postsFor(`${job}:Success`)).toBe(1);
  });
});
