// The relay layer's forwarder conformance suite (@wanxiang/receiver/testing) against the Redis
// Streams forwarder, consumer group, ledger and body store of examples/node.
import { afterAll, beforeAll, it } from 'vitest';
import { REDIS_MAX_INLINE_BYTES } from '../examples/node/redis/index.mjs';
import { forwarderConformance } from '../packages/receiver/src/testing/index.js';
import { describeRedis } from './redis/describe-redis.js';
import { startTestRedis, type TestRedis } from './redis/redis-server.js';
import { startRedisSystem, TIMING } from './redis/redis-system.js';

describeRedis('Redis Streams forwarder conformance', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await redis?.dispose();
  });

  const cases = forwarderConformance({
    name: 'Redis Streams',
    forwardTimeoutMs: TIMING.forwardTimeoutMs,
    maxInlineBytes: REDIS_MAX_INLINE_BYTES,
    start: ({ consumer }) => startRedisSystem(redis, { consumer }),
  });
  for (const testCase of cases) it(testCase.name, testCase.run, 60_000);
});
