// One relay process: the receiver on node:http (createNodeHandler) forwarding to the Redis
// stream, and/or a consumer of the stream's group delivering downstream, per RELAY_ROLE. The
// receiver answers CI's 200 only once the message is in Redis; the consumer does the rest.
import { createServer } from 'node:http';
import { createDeliverer, createReceiver, createRelay } from '@wanxiang/receiver';
import { createNodeHandler } from '@wanxiang/receiver/node';
import { connectRedis } from './client.mjs';
import { errorText } from './error-text.mjs';
import { redisLedger } from './ledger.mjs';
import { relayConsumer } from './relay-consumer.mjs';
import { redisBodyStore, redisStreamForwarder } from './stream-forwarder.mjs';

/** How long one consumer read waits for new messages; its connection's command timeout allows for it. */
const BLOCK_MS = 2_000;

/**
 * Starts what `settings.role` asks for; resolves once the server listens and the consumer runs.
 *
 * @param {import('./settings.mjs').RelaySettings} settings
 * @param {{ logger?: Pick<Console, 'info' | 'warn' | 'error'> }} [options]
 * @returns {Promise<{ url: string | undefined, close(): Promise<void> }>}
 */
export async function startRelay(settings, options = {}) {
  const logger = options.logger ?? console;
  const onError = (error) => logger.error(`wanxiang: redis: ${errorText(error)}`);
  const closers = [];
  let url;
  try {
    if (settings.role !== 'consumer') {
      // Below the receiver's 10 s forward deadline: a Redis that stopped answering is a 503, not a hang.
      const client = await connectRedis(settings.redisUrl, { name: 'wanxiang-receiver', commandTimeoutMs: 5_000, onError });
      closers.push(() => client.close());
      const receiver = createReceiver({
        tokens: settings.tokens,
        allow: settings.allow,
        forwarder: redisStreamForwarder(client, { prefix: settings.prefix, replicas: settings.replicas }),
      });
      const server = createServer(createNodeHandler(receiver));
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port: settings.port, host: settings.host }, () => resolve(undefined));
      });
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      url = `http://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${port}`;
      closers.unshift(() => new Promise((resolve) => server.close(resolve)));
    }
    if (settings.role !== 'receiver') {
      const client = await connectRedis(settings.redisUrl, { name: 'wanxiang-relay', commandTimeoutMs: 5_000, onError });
      // XREADGROUP BLOCK holds a connection: the consumer group gets its own.
      const reader = await connectRedis(settings.redisUrl, { name: 'wanxiang-consumer', commandTimeoutMs: BLOCK_MS + 5_000, onError });
      closers.push(
        () => client.close(),
        () => reader.close(),
      );
      const deliverer = settings.downstream
        ? createDeliverer({ url: settings.downstream.url, secret: settings.downstream.secret, timeoutMs: settings.postTimeoutMs, leaseMs: settings.leaseMs })
        : undefined;
      const relay = createRelay({
        ledger: redisLedger(client, { prefix: settings.prefix }),
        store: redisBodyStore(client, { prefix: settings.prefix }),
        ...(deliverer ? { deliverer } : {}),
        logger,
      });
      const consumer = relayConsumer(reader, relay, {
        prefix: settings.prefix,
        consumer: settings.consumer,
        minIdleMs: settings.minIdleMs,
        maxDeliveries: settings.maxDeliveries,
        blockMs: BLOCK_MS,
        logger,
      });
      void consumer.start();
      // Stop reading first (the deliveries in flight finish), then close the connections.
      closers.unshift(() => consumer.stop());
    }
  } catch (error) {
    await closeAll(closers);
    throw error;
  }
  return { url, close: () => closeAll(closers) };
}

async function closeAll(closers) {
  for (const close of closers)
    await Promise.resolve()
      .then(close)
      .catch(() => undefined);
}
