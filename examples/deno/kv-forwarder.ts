import { DENO_KV_MAX_INLINE_BYTES, type Delivery, type Forwarder, inlineRelayMessage, type Logger, RETENTION_MS, type RelayMessage, referenceRelayMessage, relayLogLine } from '@wanxiang/receiver';
import { deleteBody, storeBody } from './body-chunks.ts';

/**
 * Waits between delivery attempts when the listener throws: 5 s, 1 min, 5 min, 30 min, 1 h,
 * about an hour and a half in all (Deno KV allows at most 5 intervals, each at most an hour).
 * After the last retry the message is written to {@link undeliveredKey}.
 */
export const BACKOFF_SCHEDULE: readonly number[] = [5_000, 60_000, 5 * 60_000, 30 * 60_000, 60 * 60_000];

/** `['enqueued', id]`: this delivery was enqueued; its value is when it was received (ISO 8601). Expires after the retention. */
export const enqueuedKey = (id: string): Deno.KvKey => ['enqueued', id];

/** `['undelivered', id, receivedAt]`: the dead letter, the queue message itself, once every retry failed. Never expires. */
export const undeliveredKey = (id: string, receivedAt: string): Deno.KvKey => ['undelivered', id, receivedAt];

export interface KvForwarderOptions {
  /** Milliseconds a delivery id (and a large body's chunks) is kept. Default RETENTION_MS of @wanxiang/receiver. */
  expireIn?: number;
  /** Milliseconds between delivery attempts. Default {@link BACKOFF_SCHEDULE}. */
  backoffSchedule?: readonly number[];
  /** Largest queue message (JSON, UTF-8 bytes) carrying its event inline. Default DENO_KV_MAX_INLINE_BYTES. */
  maxInlineBytes?: number;
  /** Where repeats are reported. Default `console`; `false` for silence. */
  logger?: Logger | false;
}

/**
 * A Forwarder on Deno KV: one atomic operation checks that the delivery id is new, records it
 * with an expiry and enqueues the relay message, so a delivery is enqueued at most once within
 * the retention, even when CI's repeats race each other. That only saves queue work: exactly
 * once per idempotency key is the listener's ledger (kv-ledger.ts), which also covers a key that
 * arrives again inside another delivery (a job alone, then in a two-job callback). `send`
 * resolves once the commit is durable (the receiver then answers 200), also for a repeat, which
 * is not enqueued again; it throws when the commit fails, so that the receiver answers 503.
 *
 * An event too large to travel inline (its message over `maxInlineBytes`, or refused by Deno
 * KV's 64 KiB message limit) is stored as raw-body chunks first (body-chunks.ts) and the message
 * points at them. Nothing is dropped silently: whatever cannot be committed makes `send` throw.
 */
export function kvForwarder(kv: Deno.Kv, options: KvForwarderOptions = {}): Forwarder {
  const expireIn = options.expireIn ?? RETENTION_MS;
  const backoffSchedule = [...(options.backoffSchedule ?? BACKOFF_SCHEDULE)];
  const maxInlineBytes = options.maxInlineBytes ?? DENO_KV_MAX_INLINE_BYTES;
  const logger = options.logger === false ? undefined : (options.logger ?? console);

  /** Resolves `true` when enqueued, `false` when the id exists (a repeat); throws when the commit fails. */
  const commit = async (delivery: Delivery, message: RelayMessage): Promise<boolean> => {
    const key = enqueuedKey(delivery.id);
    const result = await kv
      .atomic()
      .check({ key, versionstamp: null })
      .set(key, delivery.receivedAt, { expireIn })
      .enqueue(message, { keysIfUndelivered: [undeliveredKey(delivery.id, delivery.receivedAt)], backoffSchedule })
      .commit();
    // The only check failed: the id exists, so this callback was enqueued already.
    if (!result.ok) logger?.info(relayLogLine({ outcome: 'duplicate', key: delivery.id, detail: 'enqueued already; this repeat is answered 200 and not enqueued' }));
    return result.ok;
  };

  return {
    async send(delivery: Delivery) {
      const inline = inlineRelayMessage(delivery, maxInlineBytes);
      if (inline) {
        try {
          await commit(delivery, inline);
          return;
        } catch (error) {
          // Deno KV refuses an oversized message with a TypeError before writing anything: send
          // the event by reference instead. Any other failure is the receiver's 503.
          if (!(error instanceof TypeError)) throw error;
        }
      }
      // Written before the commit, so that an enqueued message never points at nothing.
      const bodyKey = await storeBody(kv, delivery.raw, expireIn);
      let enqueued = false;
      try {
        enqueued = await commit(delivery, await referenceRelayMessage(delivery, bodyKey));
      } finally {
        if (!enqueued) await deleteBody(kv, bodyKey, delivery.raw.byteLength).catch(() => undefined);
      }
    },
  };
}
