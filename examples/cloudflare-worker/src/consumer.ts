import { describeEvent, postWebhook } from '@wanxiang/receiver';
import type { Env } from './env.js';
import { eventOf, type EventMessage } from './event-message.js';

/** How long one attempt may hold a key before another consumer may try it. */
const LEASE_MS = 60_000;

/** Seconds before retry `attempts` (1-based): 5, 10, 20, … capped at 10 minutes. */
export function backoffSeconds(attempts: number): number {
  return Math.min(5 * 2 ** Math.max(0, attempts - 1), 600);
}

/**
 * Delivers a batch of events downstream, each at most once per idempotency key as far as the
 * ledger can tell: a key already delivered is acknowledged and dropped; a key another consumer
 * holds is retried later; a failed POST releases the key and retries with backoff. After
 * `max_retries` the Queue moves the message to the dead-letter queue.
 */
export async function consumeEvents(batch: MessageBatch<EventMessage>, env: Env): Promise<void> {
  await Promise.all(batch.messages.map((message) => consumeOne(message, env)));
}

async function consumeOne(message: Message<EventMessage>, env: Env): Promise<void> {
  const body = message.body;
  const ledger = env.LEDGER.get(env.LEDGER.idFromName(body.id));
  let claimed = false;
  try {
    const event = await eventOf(body, env.ARCHIVE);
    const claim = await ledger.claim(LEASE_MS);
    if (claim === 'delivered') {
      console.log(`wanxiang: duplicate of ${body.id} dropped (already delivered)`);
      message.ack();
      return;
    }
    if (claim === 'busy') {
      message.retry({ delaySeconds: backoffSeconds(message.attempts) });
      return;
    }
    claimed = true;
    if (env.DOWNSTREAM_URL) {
      if (!env.WEBHOOK_SECRET) throw new Error('DOWNSTREAM_URL is set but WEBHOOK_SECRET is not');
      await postWebhook(env.DOWNSTREAM_URL, env.WEBHOOK_SECRET, body, event);
    }
    await ledger.complete();
    console.log(`wanxiang: ${describeEvent(event)} → ${env.DOWNSTREAM_URL ? 'delivered' : 'logged (no DOWNSTREAM_URL)'} [${body.id}]`);
    message.ack();
  } catch (error) {
    if (claimed) await ledger.release().catch(() => undefined);
    const delaySeconds = backoffSeconds(message.attempts);
    console.error(`wanxiang: delivery of ${body.id} failed (attempt ${message.attempts}), retrying in ${delaySeconds}s: ${String(error)}`);
    message.retry({ delaySeconds });
  }
}

/** Keeps each dead letter in R2 (`dead-letter/<day>/<id>.json`) so nothing is lost; replay it from there. */
export async function consumeDeadLetters(batch: MessageBatch<EventMessage>, env: Env): Promise<void> {
  for (const message of batch.messages) {
    const key = `dead-letter/${new Date().toISOString().slice(0, 10)}/${message.body.id}.json`;
    await env.ARCHIVE.put(key, JSON.stringify(message.body), { httpMetadata: { contentType: 'application/json' } });
    console.error(`wanxiang: ${message.body.id} gave up after its retries; kept at ${key}`);
    message.ack();
  }
}
