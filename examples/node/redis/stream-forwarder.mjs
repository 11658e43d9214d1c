// The receiver's Forwarder on a Redis stream: `send` resolves once XADD (and, for a large
// event, the raw body it points at) is done — in one MULTI/EXEC, so a message never points at
// a body that is not there — and, with `replicas`, once WAIT says that many replicas have it.
// How durable "done" is depends on the server's persistence: see examples/node/README.md.
import { randomUUID } from 'node:crypto';
import { inlineRelayMessage, referenceRelayMessage } from '@wanxiang/receiver';
import { RESP_TYPES } from 'redis';
import { relayKeys } from './keys.mjs';

/** Events whose message JSON is larger travel by reference: keeps each XREADGROUP reply small. */
export const REDIS_MAX_INLINE_BYTES = 64 * 1024;

/**
 * @typedef {object} StreamForwarderOptions
 * @property {string} [prefix] Key prefix (see keys.mjs).
 * @property {number} [maxInlineBytes] Largest message JSON sent inline. Default {@link REDIS_MAX_INLINE_BYTES}.
 * @property {number} [bodyRetentionMs] How long a referenced raw body is kept (a dead letter's body is kept for good). Default 7 days.
 * @property {number} [replicas] Replicas that must have the message before `send` resolves (WAIT). Default 0.
 * @property {number} [waitTimeoutMs] How long WAIT may take. Default 2 s; below the receiver's forward deadline.
 */

/**
 * A Forwarder adding one message per accepted callback to the relay stream. `send` resolves to
 * `{ id, inline }`: the stream entry's id, and whether the event travelled inline (the receiver
 * ignores it; logs and tests may not).
 *
 * @param {import('./client.mjs').RedisClient} client
 * @param {StreamForwarderOptions} [options]
 * @returns {import('@wanxiang/receiver').Forwarder}
 */
export function redisStreamForwarder(client, options = {}) {
  const keys = relayKeys(options.prefix);
  const maxInlineBytes = options.maxInlineBytes ?? REDIS_MAX_INLINE_BYTES;
  const bodyRetentionMs = options.bodyRetentionMs ?? 7 * 24 * 60 * 60 * 1000;
  const replicas = options.replicas ?? 0;
  const waitTimeoutMs = options.waitTimeoutMs ?? 2_000;
  if (!Number.isSafeInteger(replicas) || replicas < 0) throw new TypeError(`forwarder.replicas: ${replicas} is not a whole number`);

  /** WAIT answers how many replicas acknowledged; fewer than asked is a failure, so CI delivers again. */
  const replicated = async () => {
    if (replicas === 0) return;
    const acknowledged = await client.wait(replicas, waitTimeoutMs);
    if (acknowledged < replicas) throw new Error(`forwarder.replicas: ${acknowledged} of ${replicas} replicas acknowledged within ${waitTimeoutMs} ms`);
  };

  return {
    async send(delivery) {
      const inline = inlineRelayMessage(delivery, maxInlineBytes);
      if (inline) {
        const id = await client.xAdd(keys.stream, '*', { message: JSON.stringify(inline) });
        await replicated();
        return { id, inline: true };
      }
      // Our own random name for the body, never text from the callback.
      const ref = randomUUID();
      const message = await referenceRelayMessage(delivery, ref);
      const raw = Buffer.from(delivery.raw.buffer, delivery.raw.byteOffset, delivery.raw.byteLength);
      const [, id] = await client
        .multi()
        .set(keys.body(ref), raw, { expiration: { type: 'PX', value: bodyRetentionMs } })
        .xAdd(keys.stream, '*', { message: JSON.stringify(message), body: ref })
        .exec();
      await replicated();
      return { id: String(id), inline: false };
    },
  };
}

const REF = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Where the consumer reads a referenced raw body back (the relay layer's `RawBodyStore`). Only
 * names the forwarder makes are looked up: a message written by someone else cannot point the
 * consumer at another key of the database.
 *
 * @param {import('./client.mjs').RedisClient} client
 * @param {{ prefix?: string }} [options]
 * @returns {import('@wanxiang/receiver').RawBodyStore}
 */
export function redisBodyStore(client, options = {}) {
  const keys = relayKeys(options.prefix);
  const binary = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  return {
    async get(ref) {
      if (!REF.test(ref)) return undefined;
      const value = await binary.get(keys.body(ref));
      if (!value) return undefined;
      return new Uint8Array(value); // a copy on an ArrayBuffer of its own, as the store contract types it
    },
  };
}
