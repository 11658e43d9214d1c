// The Redis Streams relay of examples/node: the receiver's Forwarder (XADD), the consumer group
// that delivers downstream (XREADGROUP/XACK, XAUTOCLAIM for takeovers), the per-key ledger and
// the dead-letter stream. relay.mjs wires them; the tests use them one by one.
export { connectRedis } from './client.mjs';
export { consumerGroup } from './consumer-group.mjs';
export { moveToDeadLetters } from './dead-letters.mjs';
export { relayKeys } from './keys.mjs';
export { redisLedger } from './ledger.mjs';
export { relayConsumer, relayOutcome } from './relay-consumer.mjs';
export { REDIS_MAX_INLINE_BYTES, redisBodyStore, redisStreamForwarder } from './stream-forwarder.mjs';
