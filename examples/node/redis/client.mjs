// The node-redis client the relay uses, configured to fail fast: a command while Redis is
// unreachable rejects at once (so `send` rejects and the receiver answers 503, and CI delivers
// again) instead of waiting in node-redis' offline queue for as long as the outage lasts.
import { createClient } from 'redis';
import { errorText } from './error-text.mjs';

/** @typedef {ReturnType<typeof createClient>} RedisClient A connected node-redis client. */

/**
 * A connected client for `url`. `commandTimeoutMs` bounds every command (a Redis that accepts
 * the connection but never answers must not hold a callback); once connected, the client
 * reconnects on its own (backoff up to 2 s); the first connection gives up after 3 retries. Connection errors go to `onError` (default: logged without the URL,
 * which may hold a password).
 *
 * @param {string} url `redis://…` or `rediss://…`
 * @param {{ name?: string, commandTimeoutMs?: number, onError?: (error: Error) => void }} [options]
 * @returns {Promise<RedisClient>}
 */
export async function connectRedis(url, options = {}) {
  let connected = false;
  const client = createClient({
    url,
    name: options.name,
    disableOfflineQueue: true,
    commandOptions: options.commandTimeoutMs ? { timeout: options.commandTimeoutMs } : undefined,
    socket: {
      connectTimeout: 5_000,
      // At start, a Redis that is not there is a configuration error: say so and stop. Once
      // connected, an outage is waited out (each `send` meanwhile rejects: 503, CI delivers again).
      reconnectStrategy: (retries, cause) => (connected || retries < 3 ? Math.min(100 * 2 ** retries, 2_000) : cause),
    },
  });
  // Without a listener an 'error' event would end the process; with it, node-redis reconnects.
  client.on('error', options.onError ?? ((error) => console.error(`wanxiang: redis: ${errorText(error)}`)));
  await client.connect();
  connected = true;
  return client;
}
