// The Redis relay's settings, read from the environment only: secrets (CI_TOKENS, WEBHOOK_SECRET,
// a password inside REDIS_URL) never come from argv, where `ps` and /proc/<pid>/cmdline show them
// to every user of the machine, and are never printed.
import { hostname } from 'node:os';
import { allowListFromEnv, DEFAULT_LEASE_MS, DEFAULT_POST_TIMEOUT_MS, listSetting } from '@wanxiang/receiver';

/**
 * @typedef {object} RelaySettings
 * @property {string[]} tokens CI_TOKENS, comma-separated.
 * @property {string} redisUrl REDIS_URL (`redis://[:password@]host:port[/db]` or `rediss://…`).
 * @property {{ url: string, secret: string } | undefined} downstream DOWNSTREAM_URL with WEBHOOK_SECRET; absent: each key is logged once.
 * @property {'all' | 'receiver' | 'consumer'} role RELAY_ROLE: run the receiver, the consumer, or both (default).
 * @property {string} host HOST (127.0.0.1).
 * @property {number} port PORT (8787; 0 for a free one).
 * @property {string} prefix REDIS_PREFIX (wanxiang).
 * @property {string} consumer RELAY_CONSUMER (host name and pid): unique per running consumer.
 * @property {number} maxDeliveries RELAY_MAX_DELIVERIES (10): attempts before the dead letter.
 * @property {number} minIdleMs RELAY_MIN_IDLE_MS (60 000): a message pending this long is tried again; at least the lease.
 * @property {number} leaseMs RELAY_LEASE_MS (60 000): how long one attempt holds a key.
 * @property {number} postTimeoutMs RELAY_POST_TIMEOUT_MS (15 000): the deadline of one downstream POST; below the lease.
 * @property {number} replicas REDIS_WAIT_REPLICAS (0): replicas that must have a message before CI gets its 200.
 * @property {import('@wanxiang/receiver').AllowList | undefined} allow ALLOWED_BUCKETS/REGIONS/QUEUES/WORKFLOWS.
 */

/**
 * Reads and checks every setting.
 *
 * @param {Record<string, string | undefined>} env `process.env`
 * @returns {RelaySettings}
 * @throws TypeError naming the variable at fault (never quoting a secret's value)
 */
export function relaySettings(env) {
  const tokens = listSetting(env.CI_TOKENS);
  if (tokens.length === 0) throw new TypeError('CI_TOKENS: set at least one token (comma-separated, 16 characters or more)');
  const redisUrl = env.REDIS_URL ?? '';
  if (!/^rediss?:\/\//.test(redisUrl)) throw new TypeError('REDIS_URL: set redis://host:port (or rediss://), e.g. redis://127.0.0.1:6379');
  if (Boolean(env.DOWNSTREAM_URL) !== Boolean(env.WEBHOOK_SECRET)) throw new TypeError('DOWNSTREAM_URL and WEBHOOK_SECRET: set both, or neither (events are then logged)');
  const role = env.RELAY_ROLE ?? 'all';
  if (role !== 'all' && role !== 'receiver' && role !== 'consumer') throw new TypeError('RELAY_ROLE: all, receiver or consumer');
  const settings = {
    tokens,
    redisUrl,
    downstream: env.DOWNSTREAM_URL ? { url: env.DOWNSTREAM_URL, secret: env.WEBHOOK_SECRET ?? '' } : undefined,
    role: /** @type {RelaySettings['role']} */ (role),
    host: env.HOST || '127.0.0.1',
    port: whole(env, 'PORT', 8787, 0),
    prefix: env.REDIS_PREFIX || 'wanxiang',
    consumer: env.RELAY_CONSUMER || `${hostname()}-${process.pid}`,
    maxDeliveries: whole(env, 'RELAY_MAX_DELIVERIES', 10),
    minIdleMs: whole(env, 'RELAY_MIN_IDLE_MS', DEFAULT_LEASE_MS),
    leaseMs: whole(env, 'RELAY_LEASE_MS', DEFAULT_LEASE_MS),
    postTimeoutMs: whole(env, 'RELAY_POST_TIMEOUT_MS', DEFAULT_POST_TIMEOUT_MS),
    replicas: whole(env, 'REDIS_WAIT_REPLICAS', 0, 0),
    allow: allowListFromEnv((name) => env[name]),
  };
  if (settings.port > 65_535) throw new TypeError('PORT: at most 65535');
  // A retry before the lease ends would only find the key busy and spend an attempt.
  if (settings.minIdleMs < settings.leaseMs) throw new TypeError(`RELAY_MIN_IDLE_MS: ${settings.minIdleMs} is below RELAY_LEASE_MS (${settings.leaseMs})`);
  return settings;
}

/** A whole number from `env[name]`, or `fallback` when unset; digits only (no 1e3, no 0x10, no -1). */
function whole(env, name, fallback, min = 1) {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!/^\d{1,15}$/.test(text) || Number(text) < min) throw new TypeError(`${name}: ${JSON.stringify(text.slice(0, 40))} is not a whole number ≥ ${min}`);
  return Number(text);
}
