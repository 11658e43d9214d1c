// The Redis Streams relay of examples/node: the receiver's Forwarder (XADD), the consumer group
// that delivers downstream (XREADGROUP/XACK, XAUTOCLAIM for takeovers), the per-key ledger and
// the dead-letter stream. relay.mjs wires them; the tests use them one by one.
export { connectRedis } from './client.mjs';
export { relayKeys } from './keys.mjs';
export { redisLedger } from './ledger.mjs';
export { redisStreamForwarder, redisBodyStore, REDIS_MAX_INLINE_BYTES } from './stream-forwarder.mjs';
export { consumerGroup } from './consumer-group.mjs';
export { moveToDeadLetters } from './dead-letters.mjs';
export { relayConsumer, relayOutcome } from './relay-consumer.mjs';
