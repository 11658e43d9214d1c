// The relay layer's consumer (createRelay: one signed POST per idempotency key, guarded by the
// ledger) on the Redis consumer group: what each RelayResult means for a stream message.
import { consumerGroup } from './consumer-group.mjs';

/**
 * What the consumer group does with a stream entry after `relay.handle`:
 * - `done` → acknowledged (and deleted with the raw body it points at);
 * - `retry` → left pending: taken over after `minIdleMs` (the keys already done are skipped), and
 *   dead-lettered once `maxDeliveries` attempts are spent;
 * - `invalid`, or a `message` field that is not JSON → a dead letter at once: another producer's
 *   entry or a hand-written one can never be delivered, and deleting it would lose it unseen.
 *
 * @param {{ handle: (value: unknown) => Promise<import('@wanxiang/receiver').RelayResult> }} relay
 * @returns {import('./consumer-group.mjs').MessageHandler}
 */
export function relayOutcome(relay) {
  return async ({ fields }) => {
    let value;
    try {
      value = JSON.parse(fields.message ?? '');
    } catch {
      return { deadLetter: 'not a relay message: the message field is not JSON' };
    }
    const result = await relay.handle(value);
    if (result.status === 'done') return 'ack';
    if (result.status === 'invalid') return { deadLetter: `not a relay message (at ${result.problem})` };
    return 'retry';
  };
}

/**
 * A consumer group that relays each message downstream (`relay`: the relay layer's
 * `createRelay({ ledger: redisLedger(…), deliverer, store: redisBodyStore(…) })`).
 *
 * @param {import('./client.mjs').RedisClient} client A client for this consumer alone (XREADGROUP BLOCK holds it).
 * @param {{ handle: (value: unknown) => Promise<import('@wanxiang/receiver').RelayResult> }} relay
 * @param {import('./consumer-group.mjs').ConsumerGroupOptions} options
 */
export function relayConsumer(client, relay, options) {
  return consumerGroup(client, relayOutcome(relay), options);
}
