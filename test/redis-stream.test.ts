// The stream mechanics of examples/node's Redis relay, against a real redis-server: the consumer
// group hands each message to one consumer, keeps it pending until acknowledged, lets another
// consumer take it over once idle, and moves it to the dead-letter stream past its attempts.
import { createClient } from 'redis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { consumerGroup, moveToDeadLetters, relayKeys } from '../examples/node/redis/index.mjs';
import { describeRedis } from './redis/describe-redis.js';
import { startTestRedis, type TestRedis } from './redis/redis-server.js';

type Client = ReturnType<typeof createClient>;
type Outcome = 'ack' | 'retry' | { deadLetter: string };

const quiet = { warn: () => {}, error: () => {} };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let prefixes = 0;

describeRedis('the Redis relay stream', () => {
  let redis: TestRedis;
  const clients: Client[] = [];
  const client = async () => {
    const made = createClient({ url: redis.url });
    made.on('error', () => {});
    await made.connect();
    clients.push(made);
    return made;
  };

  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    for (const made of clients) if (made.isOpen) made.destroy();
    await redis?.dispose();
  });

  /** A fresh prefix (own stream, group, dead letters) and `count` messages added to its stream. */
  const seeded = async (count: number) => {
    const prefix = `t${++prefixes}`;
    const keys = relayKeys(prefix);
    const admin = await client();
    const ids: string[] = [];
    await admin.xGroupCreate(keys.stream, 'wanxiang-relay', '0', { MKSTREAM: true });
    for (let n = 0; n < count; n++) ids.push(await admin.xAdd(keys.stream, '*', { message: JSON.stringify({ n }) }));
    return { prefix, keys, admin, ids };
  };

  it('acknowledges and drops a handled message; a retried one stays pending and comes back after minIdleMs with its attempt counted', async () => {
    const { prefix, keys, admin, ids } = await seeded(2);
    const seen: { id: string; deliveries: number }[] = [];
    const outcomes: Record<string, Outcome[]> = { [ids[0]!]: ['ack'], [ids[1]!]: ['retry', 'ack'] };
    const group = consumerGroup(
      await client(),
      async (message: { id: string; deliveries: number }) => {
        seen.push({ id: message.id, deliveries: message.deliveries });
        return outcomes[message.id]!.shift()!;
      },
      { prefix, consumer: 'c1', minIdleMs: 200, blockMs: 50, logger: quiet },
    );
    await group.poll();
    expect(seen).toEqual([
      { id: ids[0], deliveries: 1 },
      { id: ids[1], deliveries: 1 },
    ]);
    expect(await admin.xLen(keys.stream)).toBe(1); // the acknowledged one is gone from the stream
    expect((await admin.xPending(keys.stream, 'wanxiang-relay')).pending).toBe(1);
    await group.poll(); // not idle long enough yet: not taken again
    expect(seen).toHaveLength(2);
    await sleep(250);
    await group.poll();
    expect(seen[2]).toEqual({ id: ids[1], deliveries: 2 });
    expect(await admin.xLen(keys.stream)).toBe(0);
    expect((await admin.xPending(keys.stream, 'wanxiang-relay')).pending).toBe(0);
  });

  it('a handler that throws leaves the message pending (retried later), never acknowledged nor lost', async () => {
    const { prefix, keys, admin } = await seeded(1);
    let calls = 0;
    const group = consumerGroup(
      await client(),
      async () => {
        calls++;
        throw new Error('boom');
      },
      { prefix, consumer: 'c1', minIdleMs: 100, blockMs: 50, logger: quiet },
    );
    await group.poll();
    expect(calls).toBe(1);
    expect((await admin.xPending(keys.stream, 'wanxiang-relay')).pending).toBe(1);
    expect(await admin.xLen(keys.stream)).toBe(1);
  });

  it('gives a message maxDeliveries attempts, then moves it to the dead-letter stream with its reason and count, acknowledged', async () => {
    const { prefix, keys, admin, ids } = await seeded(1);
    let attempts = 0;
    const retry = async () => {
      attempts++;
      return 'retry' as const;
    };
    const group = consumerGroup(await client(), retry, {
      prefix,
      consumer: 'c1',
      minIdleMs: 30,
      maxDeliveries: 3,
      blockMs: 20,
      logger: quiet,
    });
    for (let round = 0; round < 8; round++) {
      await group.poll();
      await sleep(40);
    }
    expect(attempts).toBe(3);
    const dead = await admin.xRange(keys.deadLetters, '-', '+');
    expect(dead).toHaveLength(1);
    expect(dead[0]!.message).toMatchObject({ source: ids[0], reason: 'not delivered after 3 attempts', deliveries: '4', message: JSON.stringify({ n: 0 }) });
    expect((await admin.xPending(keys.stream, 'wanxiang-relay')).pending).toBe(0);
    expect(await admin.xLen(keys.stream)).toBe(0);
  });

  it('a handler that says the message can never succeed dead-letters it at once', async () => {
    const { prefix, keys, admin } = await seeded(1);
    const group = consumerGroup(await client(), async () => ({ deadLetter: 'the downstream answered 410' }), { prefix, consumer: 'c1', blockMs: 20, logger: quiet });
    await group.poll();
    const dead = await admin.xRange(keys.deadLetters, '-', '+');
    expect(dead.map((entry) => entry.message.reason)).toEqual(['the downstream answered 410']);
    expect((await admin.xPending(keys.stream, 'wanxiang-relay')).pending).toBe(0);
  });

  it('two consumers racing to dead-letter one message write one dead letter', async () => {
    const { prefix, keys, admin, ids } = await seeded(1);
    const reader = await client();
    await reader.xReadGroup('wanxiang-relay', 'c1', { key: keys.stream, id: '>' }, { COUNT: 1 });
    const message = { id: ids[0]!, fields: { message: '{}' }, deliveries: 9 };
    const race = await Promise.all(
      [await client(), await client(), await client()].map((racer, n) => moveToDeadLetters(racer, { keys, group: 'wanxiang-relay', consumer: `c${n}`, message, reason: 'spent', logger: quiet })),
    );
    expect(race.filter((id) => id !== null)).toHaveLength(1);
    expect(await admin.xLen(keys.deadLetters)).toBe(1);
    void prefix;
  });

  it('two consumers on one group: each of 60 messages is handed to exactly one of them', async () => {
    const { prefix, ids } = await seeded(60);
    const handled: Record<string, string[]> = {};
    const make = async (name: string) =>
      consumerGroup(
        await client(),
        async (message: { id: string }) => {
          const byConsumer = handled[message.id] ?? [];
          handled[message.id] = byConsumer;
          byConsumer.push(name);
          await sleep(1);
          return 'ack' as const;
        },
        {
          prefix,
          consumer: name,
          count: 7,
          blockMs: 20,
          logger: quiet,
        },
      );
    const [a, b] = [await make('a'), await make('b')];
    for (let round = 0; round < 10; round++) await Promise.all([a.poll(), b.poll()]);
    expect(Object.keys(handled).sort()).toEqual([...ids].sort());
    expect(Object.values(handled).filter((names) => names.length !== 1)).toEqual([]);
    const names = new Set(Object.values(handled).flat());
    expect(names.size).toBe(2); // both took part
  });

  it('a consumer that dies holding a message: it stays pending, and another consumer takes it over once idle for minIdleMs', async () => {
    const { prefix, keys, admin, ids } = await seeded(1);
    const doomed = await client();
    // Reads and never settles, then its connection dies: a crash mid-delivery.
    const hung = consumerGroup(doomed, () => new Promise<Outcome>(() => {}), { prefix, consumer: 'doomed', blockMs: 20, logger: quiet });
    void hung.poll();
    await expect.poll(async () => (await admin.xPending(keys.stream, 'wanxiang-relay')).pending).toBe(1);
    doomed.destroy();
    const taken: { id: string; deliveries: number }[] = [];
    const take = async (message: { id: string; deliveries: number }) => {
      taken.push(message);
      return 'ack' as const;
    };
    const heir = consumerGroup(await client(), take, {
      prefix,
      consumer: 'heir',
      minIdleMs: 300,
      blockMs: 20,
      logger: quiet,
    });
    await heir.poll();
    expect(taken).toEqual([]); // not idle long enough: the first consumer may still be working on it
    await sleep(350);
    await heir.poll();
    expect(taken.map(({ id, deliveries }) => ({ id, deliveries }))).toEqual([{ id: ids[0], deliveries: 2 }]);
    expect((await admin.xPending(keys.stream, 'wanxiang-relay')).pending).toBe(0);
  });

  it('start() runs until stop(), and a Redis error inside a round (the group deleted under it) does not end the loop', async () => {
    const { prefix, keys, admin } = await seeded(0);
    const handled: string[] = [];
    const warnings: string[] = [];
    const handle = async (message: { id: string }) => {
      handled.push(message.id);
      return 'ack' as const;
    };
    const group = consumerGroup(await client(), handle, {
      prefix,
      consumer: 'c1',
      blockMs: 20,
      logger: { warn: (line: string) => warnings.push(line), error: () => {} },
    });
    const loop = group.start();
    const first = await admin.xAdd(keys.stream, '*', { message: '{}' });
    await expect.poll(() => handled).toEqual([first]);
    await admin.xGroupDestroy(keys.stream, 'wanxiang-relay'); // the next XREADGROUP fails with NOGROUP
    await expect.poll(() => warnings.some((line) => line.includes('NOGROUP')), { timeout: 5_000 }).toBe(true);
    const second = await admin.xAdd(keys.stream, '*', { message: '{}' });
    await expect.poll(() => handled, { timeout: 5_000 }).toEqual([first, second]);
    await group.stop();
    await loop;
  });

  it('refuses a key prefix that could reach outside its own keys, naming the option', () => {
    for (const prefix of ['', 'a}b', '{x', 'a b', 'a\r\nb', 'x'.repeat(65)]) expect(() => relayKeys(prefix)).toThrow(/^redis\.prefix: /);
  });

  it('ledger keys never carry the idempotency key text: a hostile JobId becomes a fixed-size digest', () => {
    const keys = relayKeys('wanxiang');
    const hostile = `job\r\n\u001b[2J}{evil}:delivered${'x'.repeat(10_000)}`;
    const { delivered, lease } = keys.ledger(hostile);
    expect(delivered).toMatch(/^wanxiang:key:\{[0-9a-f]{64}\}:delivered$/);
    expect(lease).toMatch(/^wanxiang:key:\{[0-9a-f]{64}\}:lease$/);
    expect(keys.ledger('a').delivered).not.toBe(keys.ledger('b').delivered);
  });

  it('refuses nonsense options, naming the option', () => {
    const fake = {} as Client;
    expect(() => consumerGroup(fake, async () => 'ack' as const, { consumer: 'c', maxDeliveries: 0 })).toThrow(/^consumer\.maxDeliveries: /);
    expect(() => consumerGroup(fake, async () => 'ack' as const, { consumer: 'c', minIdleMs: 1.5 })).toThrow(/^consumer\.minIdleMs: /);
    expect(() => consumerGroup(fake, async () => 'ack' as const, { consumer: '' })).toThrow(/^consumer: /);
  });
});
