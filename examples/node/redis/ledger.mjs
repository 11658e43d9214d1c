// The per-idempotency-key ledger on Redis (the relay layer's `Ledger`): a lease (SET NX PX) while
// one holder POSTs a key, a delivered marker kept for the retention once the downstream took
// it, and a release that deletes the lease only while the releasing holder still holds it. Two
// consumers, processes or hosts share it through Redis; each step is one Lua script, so two
// holders racing on a key cannot both be told `claimed`.
import { RETENTION_MS } from '@wanxiang/receiver';
import { relayKeys } from './keys.mjs';
import { CLAIM, COMPLETE, RELEASE } from './scripts.mjs';

/**
 * @typedef {{ eval: (script: string, options: { keys: string[], arguments: string[] }) => Promise<unknown> }} ScriptRunner
 */

/**
 * A ledger on `client` (a connected node-redis client).
 *
 * @param {ScriptRunner} client
 * @param {{ prefix?: string, retentionMs?: number }} [options] `retentionMs`: how long a delivered key is remembered (default the relay layer's `RETENTION_MS`).
 * @returns {import('@wanxiang/receiver').Ledger}
 */
export function redisLedger(client, options = {}) {
  const keys = relayKeys(options.prefix);
  const retentionMs = options.retentionMs ?? RETENTION_MS;
  wholeMs('ledger.retentionMs', retentionMs);
  return {
    async claim(key, leaseMs, holder) {
      wholeMs('ledger.claim leaseMs', leaseMs);
      if (!holder) throw new TypeError('ledger.claim: holder must be a non-empty string');
      const { delivered, lease } = keys.ledger(key);
      const result = await client.eval(CLAIM, { keys: [delivered, lease], arguments: [holder, String(leaseMs)] });
      if (result !== 'claimed' && result !== 'delivered' && result !== 'busy') throw new Error(`ledger.claim: unexpected reply ${String(result)}`);
      return result;
    },
    async complete(key) {
      const { delivered, lease } = keys.ledger(key);
      await client.eval(COMPLETE, { keys: [delivered, lease], arguments: [String(retentionMs)] });
    },
    async release(key, holder) {
      await client.eval(RELEASE, { keys: [keys.ledger(key).lease], arguments: [holder] });
    },
  };
}

/** PX takes whole milliseconds; a fraction or a non-number would be a Redis error at the worst moment. */
function wholeMs(path, value) {
  if (!Number.isSafeInteger(value) || value <= 0) throw new TypeError(`${path}: ${value} is not a positive whole number of milliseconds`);
}
