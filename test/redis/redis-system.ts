// The Redis Streams relay assembled from examples/node/redis as relay.mjs assembles it — the
// receiver on node:http through @wanxiang/receiver/node with the stream forwarder, and consumers
// running the relay layer with the Redis ledger and body store — around a test redis-server and
// a verifying downstream. It is the conformance suite's subject and the Redis-specific tests' rig.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDeliverer, createReceiver, createRelay, type Logger } from '@wanxiang/receiver';
import { createNodeHandler } from '@wanxiang/receiver/node';
import { type ConsumerGroup, connectRedis, type RedisClient, redisBodyStore, redisLedger, redisStreamForwarder, relayConsumer, relayKeys } from '../../examples/node/redis/index.mjs';
import type { ConformanceSystem, ForwardedMessage, SendMode } from '../../packages/receiver/src/testing/index.js';
import { type Downstream, startDownstream, WEBHOOK_SECRET } from './downstream.js';
import type { TestRedis } from './redis-server.js';

export const TOKEN = 'redis-relay-token-0123456789';

/** Timings short enough for tests, in the order the relay requires: POST deadline < lease ≤ takeover idle time. */
export const TIMING = { forwardTimeoutMs: 2_000, postTimeoutMs: 1_000, leaseMs: 2_000, minIdleMs: 2_000, blockMs: 100 } as const;

export interface RedisSystemOptions {
  consumer: boolean;
  maxInlineBytes?: number;
  maxDeliveries?: number;
}

/** Everything the Redis-specific tests reach into, besides the conformance surface. */
export interface RedisSystem extends ConformanceSystem {
  prefix: string;
  keys: ReturnType<typeof relayKeys>;
  downstream: Downstream;
  /** A client for inspecting the stream and the dead letters. */
  admin: RedisClient;
  /** Starts one more consumer on the group (its own connection), named `name`. */
  addConsumer(name: string): Promise<ConsumerGroup>;
}

let systems = 0;

export async function startRedisSystem(redis: TestRedis, options: RedisSystemOptions): Promise<RedisSystem> {
  const prefix = `conf${++systems}x${process.pid}`;
  const keys = relayKeys(prefix);
  const lines: string[] = [];
  const clients: RedisClient[] = [];
  const consumers: ConsumerGroup[] = [];
  const connect = async () => {
    const client = await connectRedis(redis.url, { commandTimeoutMs: 5_000, onError: () => {} });
    clients.push(client);
    return client;
  };
  const capture: Logger = {
    info: (message) => void lines.push(message),
    warn: (message) => void lines.push(message),
    error: (message) => void lines.push(message),
  };

  const downstream = await startDownstream();
  const [client, admin] = [await connect(), await connect()];
  const streamForwarder = redisStreamForwarder(client, { prefix, ...(options.maxInlineBytes ? { maxInlineBytes: options.maxInlineBytes } : {}) });
  const forwarded: ForwardedMessage[] = [];
  let mode: SendMode = 'ok';
  const receiver = createReceiver({
    tokens: [TOKEN],
    forwardTimeoutMs: TIMING.forwardTimeoutMs,
    logger: capture,
    forwarder: {
      async send(delivery) {
        if (mode === 'reject') throw new Error('the test made the forwarder reject');
        if (mode === 'hang') return new Promise(() => {});
        const sent = await streamForwarder.send(delivery);
        forwarded.push({ id: delivery.id, keys: delivery.keys, inline: sent.inline });
        return sent;
      },
    },
  });
  const server: Server = createServer(createNodeHandler(receiver));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const relay = createRelay({
    ledger: redisLedger(client, { prefix }),
    store: redisBodyStore(client, { prefix }),
    deliverer: createDeliverer({ url: downstream.url, secret: WEBHOOK_SECRET, timeoutMs: TIMING.postTimeoutMs, leaseMs: TIMING.leaseMs }),
    logger: capture,
  });
  const addConsumer = async (name: string) => {
    const group = relayConsumer(await connect(), relay, {
      prefix,
      consumer: name,
      minIdleMs: TIMING.minIdleMs,
      blockMs: TIMING.blockMs,
      ...(options.maxDeliveries ? { maxDeliveries: options.maxDeliveries } : {}),
      logger: capture,
    });
    consumers.push(group);
    void group.start();
    return group;
  };
  if (options.consumer) await addConsumer('consumer-1');

  return {
    prefix,
    keys,
    downstream,
    admin,
    addConsumer,
    async post(body, contentType = 'application/xml') {
      const response = await fetch(`${base}/ci/${TOKEN}`, { method: 'POST', body, headers: { 'content-type': contentType } });
      await response.arrayBuffer();
      return response.status;
    },
    async startConsumer() {
      if (consumers.length === 0) await addConsumer('consumer-1');
    },
    sendMode: (next) => {
      mode = next;
    },
    delivered: () => downstream.delivered,
    forwarded: () => forwarded,
    logs: () => lines,
    async close() {
      await Promise.all(consumers.map((group) => group.stop()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await downstream.close();
      for (const made of clients) if (made.isOpen) made.destroy();
    },
  };
}
