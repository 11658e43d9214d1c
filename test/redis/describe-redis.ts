// Every Redis test file goes through this: with no redis-server it skips loudly, unless
// REQUIRE_REDIS=1 (CI), where a missing binary is a failing test rather than a silent pass.
import { describe, expect, it } from 'vitest';
import { findRedisServer, HOW_TO_INSTALL_REDIS, redisRequired } from './redis-server.js';

const available = findRedisServer() !== undefined;

/** `describe` that runs when redis-server is installed, and fails (REQUIRE_REDIS=1) or skips loudly otherwise. */
export function describeRedis(name: string, body: () => void): void {
  if (!available && redisRequired) {
    describe(`${name} (REQUIRE_REDIS=1)`, () => {
      it('finds redis-server', () => {
        expect.fail(HOW_TO_INSTALL_REDIS);
      });
    });
    return;
  }
  if (!available) console.warn(`\n⚠ ${name}: Redis tests SKIPPED: ${HOW_TO_INSTALL_REDIS}\n`);
  describe.runIf(available)(name, body);
}
