// The stream's consumer group: every message is handed to one consumer (XREADGROUP), stays
// pending until that consumer acknowledges it, and is taken over by another consumer once it has
// been pending for `minIdleMs` (XAUTOCLAIM) — after a failed attempt, or a consumer that crashed
// or hangs. Each takeover counts a delivery; a message past `maxDeliveries` goes to the
// dead-letter stream instead of being tried again.

import { moveToDeadLetters } from './dead-letters.mjs';
import { errorText } from './error-text.mjs';
import { relayKeys } from './keys.mjs';
import { ACK } from './scripts.mjs';

/**
 * What the handler decides for one message: `ack` (done: delivered, or nothing left to do),
 * `retry` (leave it pending: it is tried again after `minIdleMs`), or a dead letter with its reason
 * (it can never succeed: unreadable, or the downstream said it is gone).
 *
 * @typedef {'ack' | 'retry' | { deadLetter: string }} Outcome
 * @typedef {{ id: string, fields: Record<string, string>, deliveries: number }} StreamMessage
 * @typedef {(message: StreamMessage) => Promise<Outcome>} MessageHandler
 */

/**
 * @typedef {object} ConsumerGroupOptions
 * @property {string} [prefix] Key prefix (see keys.mjs).
 * @property {string} [group] Consumer group name. Default `wanxiang-relay`.
 * @property {string} consumer This consumer's name, unique among live consumers (e.g. host + pid).
 * @property {number} [minIdleMs] Pending this long → another attempt. Default 30 s; keep it above the ledger lease.
 * @property {number} [maxDeliveries] Attempts before the dead letter. Default 10.
 * @property {number} [blockMs] How long one XREADGROUP waits for new messages. Default 2 s.
 * @property {number} [count] Messages per read. Default 10.
 * @property {{ warn: (line: string) => void, error: (line: string) => void }} [logger]
 */

/**
 * A consumer of the relay stream. `start()` runs the loop until `stop()`; `poll()` runs one
 * round (take over idle messages, then read new ones) and is what the loop repeats.
 *
 * @param {import('./client.mjs').RedisClient} client A client for this consumer alone: XREADGROUP BLOCK holds its connection.
 * @param {MessageHandler} handle
 * @param {ConsumerGroupOptions} options
 */
export function consumerGroup(client, handle, options) {
  const keys = relayKeys(options.prefix);
  const group = options.group ?? 'wanxiang-relay';
  const consumer = options.consumer;
  const minIdleMs = options.minIdleMs ?? 30_000;
  const maxDeliveries = options.maxDeliveries ?? 10;
  const blockMs = options.blockMs ?? 2_000;
  const count = options.count ?? 10;
  const logger = options.logger ?? console;
  if (!consumer) throw new TypeError('consumer: a consumer name is required');
  for (const [name, value] of Object.entries({ minIdleMs, maxDeliveries, blockMs, count })) {
    if (!Number.isSafeInteger(value) || value <= 0) throw new TypeError(`consumer.${name}: ${value} is not a positive integer`);
  }
  let cursor = '0-0';
  let groupReady = false;
  let running;
  let stopping = false;

  /** The stream and the group, created once (BUSYGROUP: it exists already, fine). */
  const ensureGroup = async () => {
    if (groupReady) return;
    try {
      await client.xGroupCreate(keys.stream, group, '0', { MKSTREAM: true });
    } catch (error) {
      if (!errorText(error).startsWith('BUSYGROUP')) throw error;
    }
    groupReady = true;
  };

  /** @param {StreamMessage} message */
  const settle = async (message) => {
    let outcome;
    try {
      outcome = await handle(message);
    } catch (error) {
      // A handler bug or a Redis error mid-delivery: the message stays pending and is retried.
      logger.error(`wanxiang: relay: message ${message.id} failed (${errorText(error)}); it is retried after ${minIdleMs} ms`);
      return;
    }
    if (outcome === 'ack') {
      await client.eval(ACK, { keys: [keys.stream, bodyKey(message)], arguments: [group, message.id] });
    } else if (outcome !== 'retry') {
      await moveToDeadLetters(client, { keys, group, consumer, message, reason: outcome.deadLetter, logger });
    }
  };

  /** The body key a message points at, or '' (the Lua scripts delete or keep it with the message). */
  const bodyKey = (message) => (message.fields.body ? keys.body(message.fields.body) : '');

  /** Takes over messages idle for `minIdleMs`; dead-letters those past `maxDeliveries`. */
  const reclaim = async () => {
    const claimed = await client.xAutoClaim(keys.stream, group, consumer, minIdleMs, cursor, { COUNT: count });
    cursor = claimed.nextId;
    for (const entry of claimed.messages) {
      if (!entry) continue; // deleted from the stream meanwhile: Redis drops it from the pending list
      // XAUTOCLAIM counted this takeover: the count is the attempts so far, this one included.
      const [pending] = await client.xPendingRange(keys.stream, group, entry.id, entry.id, 1);
      const deliveries = pending?.deliveriesCounter ?? 1;
      const message = { id: entry.id, fields: { ...entry.message }, deliveries };
      if (deliveries > maxDeliveries) {
        await moveToDeadLetters(client, { keys, group, consumer, message, reason: `not delivered after ${maxDeliveries} attempts`, logger });
      } else {
        await settle(message);
      }
    }
    return claimed.messages.length;
  };

  /** Reads messages no consumer has seen yet, waiting up to `blockMs` for them. */
  const readNew = async () => {
    const reply = await client.xReadGroup(group, consumer, { key: keys.stream, id: '>' }, { COUNT: count, BLOCK: blockMs });
    const entries = reply?.[0]?.messages ?? [];
    await Promise.all(entries.map((entry) => settle({ id: entry.id, fields: { ...entry.message }, deliveries: 1 })));
    return entries.length;
  };

  const poll = async () => {
    await ensureGroup();
    try {
      return (await reclaim()) + (await readNew());
    } catch (error) {
      // The stream or the group was deleted under us (NOGROUP): create them again next round.
      if (errorText(error).includes('NOGROUP')) groupReady = false;
      throw error;
    }
  };

  return {
    group,
    consumer,
    poll,
    /** Runs until {@link stop}; a Redis outage is logged and waited out, never the end of the loop. */
    start() {
      stopping = false;
      running ??= (async () => {
        while (!stopping) {
          try {
            await poll();
          } catch (error) {
            if (stopping) break;
            logger.warn(`wanxiang: relay: ${errorText(error)}; trying again in 1 s`);
            await new Promise((resolve) => setTimeout(resolve, 1_000));
          }
        }
      })().finally(() => (running = undefined));
      return running;
    },
    /** Ends the loop after the round in progress (at most `blockMs` plus the deliveries in flight). */
    async stop() {
      stopping = true;
      await running;
    },
  };
}
