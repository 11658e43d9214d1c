import type { Delivery, Forwarder, Logger } from '@wanxiang/receiver';
import { deleteBody, storeBody } from './body-chunks.ts';
import { inlineMessage, MAX_INLINE_BYTES, referenceMessage, type EventMessage } from './event-message.ts';

/** How long an idempotency key is remembered: a repeat within this window is not enqueued again. */
export const RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Waits between delivery attempts when the listener throws: 5 s, 1 min, 5 min, 30 min, 1 h,
 * about an hour and a half in all (Deno KV allows at most 5 intervals, each at most an hour).
 * After the last retry the message is written to {@link undeliveredKey}.
 */
export const BACKOFF_SCHEDULE: readonly number[] = [5_000, 60_000, 5 * 60_000, 30 * 60_000, 60 * 60_000];

/** `['delivered', id]`: CI delivered this callback; its value is when (ISO 8601). Expires after the retention. */
export const deliveredKey = (id: string): Deno.KvKey => ['delivered', id];

/** `['undelivered', id, receivedAt]`: the dead letter, the queue message itself, once every retry failed. Never expires. */
export const undeliveredKey = (id: string, receivedAt: string): Deno.KvKey => ['undelivered', id, receivedAt];

export interface KvForwarderOptions {
  /** Milliseconds an idempotency key (and a large body's chunks) is kept. Default {@link RETENTION_MS}. */
  expireIn?: number;
  /** Milliseconds between delivery attempts. Default {@link BACKOFF_SCHEDULE}. */
  backoffSchedule?: readonly number[];
  /** Largest event (JSON, UTF-8 bytes) carried inline in the queue message. Default {@link MAX_INLINE_BYTES}. */
  maxInlineBytes?: number;
  /** Where duplicates are reported. Default `console`; `false` for silence. */
  logger?: Logger | false;
}

/**
 * A Forwarder on Deno KV: one atomic operation checks that the delivery's idempotency key is
 * new, records it with an expiry and enqueues the event, so a key is enqueued at most once
 * within the retention, even when CI's repeats race each other. `send` resolves once the commit
 * is durable (the receiver then answers 200), also for a duplicate, which is not enqueued again;
 * it throws when the commit fails, so that the receiver answers 503 and CI delivers again.
 *
 * An event too large to travel inline (its JSON over `maxInlineBytes`, or refused by Deno KV's
 * 64 KiB message limit) is stored as raw-body chunks first (body-chunks.ts) and the message
 * points at them. Nothing is dropped silently: whatever cannot be committed makes `send` throw.
 */
export function kvForwarder(kv: Deno.Kv, options: KvForwarderOptions = {}): Forwarder {
  const expireIn = options.expireIn ?? RETENTION_MS;
  const backoffSchedule = [...(options.backoffSchedule ?? BACKOFF_SCHEDULE)];
  const maxInlineBytes = options.maxInlineBytes ?? MAX_INLINE_BYTES;
  const logger = options.logger === false ? undefined : (options.logger ?? console);

  /** Resolves `true` when enqueued, `false` when the key exists (a repeat); throws when the commit fails. */
  const commit = async (delivery: Delivery, message: EventMessage): Promise<boolean> => {
    const key = deliveredKey(delivery.id);
    const result = await kv
      .atomic()
      .check({ key, versionstamp: null })
      .set(key, delivery.receivedAt, { expireIn })
      .enqueue(message, { keysIfUndelivered: [undeliveredKey(delivery.id, delivery.receivedAt)], backoffSchedule })
      .commit();
    // The only check failed: the key exists, so this callback was enqueued already.
    if (!result.ok) logger?.info(`wanxiang: ${delivery.id} was enqueued already; this repeat is answered 200 and not enqueued`);
    return result.ok;
  };

  return {
    async send(delivery: Delivery) {
      const inline = inlineMessage(delivery, maxInlineBytes);
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
      const body = await storeBody(kv, delivery.raw, expireIn);
      let enqueued = false;
      try {
        enqueued = await commit(delivery, referenceMessage(delivery, body));
      } finally {
        if (!enqueued) await deleteBody(kv, body).catch(() => undefined);
      }
    },
  };
}
