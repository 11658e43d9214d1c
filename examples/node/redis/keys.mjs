// Every Redis key the relay uses, named in one place. Keys derived from a callback never carry
// its text: an idempotency key (a JobId from the body) becomes its SHA-256, so a hostile JobId
// cannot make keys of unbounded size, collide with another key's name, or put terminal escapes
// into the output of `redis-cli --scan`.
import { createHash } from 'node:crypto';

const PREFIX = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * @typedef {object} RelayKeys
 * @property {string} stream The event stream the receiver adds to and the consumer group reads.
 * @property {string} deadLetters The dead-letter stream: messages no retry delivered, never trimmed.
 * @property {(ref: string) => string} body Where a raw body too large to travel inline is kept.
 * @property {(key: string) => { delivered: string, lease: string }} ledger The per-idempotency-key marker and lease.
 */

/**
 * The keys under `prefix` (letters, digits, `_`, `.`, `-`; default `wanxiang`). The stream, its
 * dead letters and the bodies share the hash tag `{prefix}` and a key's marker and lease share
 * theirs, so that each Lua script touches one cluster slot.
 *
 * @param {string} [prefix]
 * @returns {RelayKeys}
 */
export function relayKeys(prefix = 'wanxiang') {
  if (!PREFIX.test(prefix)) throw new TypeError(`redis.prefix: ${JSON.stringify(prefix.slice(0, 80))} is not 1–64 of A–Z a–z 0–9 _ . -`);
  return {
    stream: `{${prefix}}:events`,
    deadLetters: `{${prefix}}:dead-letters`,
    body: (ref) => `{${prefix}}:body:${ref}`,
    ledger: (key) => {
      const digest = createHash('sha256').update(key, 'utf8').digest('hex');
      return { delivered: `${prefix}:key:{${digest}}:delivered`, lease: `${prefix}:key:{${digest}}:lease` };
    },
  };
}
