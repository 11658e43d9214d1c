import { createDeliverer, createRelay, type Deliverer, deadLetterKey, isRelayMessage, type Relay, RelayError, RelayErrorCode, type RelayMessage, relayLogLine } from '@wanxiang/receiver';
import { durableObjectLedger } from './do-ledger.js';
import type { Env } from './env.js';
import { r2BodyStore } from './r2-body-store.js';

/** Seconds before retry `attempts` (1-based): 5, 10, 20, … capped at 10 minutes. */
export function backoffSeconds(attempts: number): number {
  return Math.min(5 * 2 ** Math.max(0, attempts - 1), 600);
}

// One relay per set of bindings: it holds the checked secret and its imported HMAC key.
const relays = new WeakMap<Env, Relay>();

/**
 * The relay for these bindings. A wrong DOWNSTREAM_URL or WEBHOOK_SECRET throws here
 * (RelayError naming the option), so the batch is retried and the error logged, not lost.
 */
function relayFor(env: Env): Relay {
  let relay = relays.get(env);
  if (!relay) {
    let deliverer: Deliverer | undefined;
    if (env.DOWNSTREAM_URL) {
      if (!env.WEBHOOK_SECRET) throw new RelayError(RelayErrorCode.RELAY_OPTIONS_INVALID, 'WEBHOOK_SECRET', 'WEBHOOK_SECRET is not set, and DOWNSTREAM_URL is');
      deliverer = createDeliverer({ url: env.DOWNSTREAM_URL, secret: env.WEBHOOK_SECRET });
    }
    relay = createRelay({ ledger: durableObjectLedger(env.LEDGER), store: r2BodyStore(env.ARCHIVE), ...(deliverer ? { deliverer } : {}) });
    relays.set(env, relay);
  }
  return relay;
}

/**
 * Delivers a batch: each message's keys POSTed once each (see createRelay). A message is
 * acknowledged when every key is delivered, already delivered or gone, and retried with backoff
 * (or the downstream's Retry-After, if longer) otherwise; after `max_retries` the Queue moves it
 * to the dead-letter queue. A value that is not a relay message is kept as a dead letter at once.
 */
export async function consumeEvents(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  let relay: Relay;
  try {
    relay = relayFor(env);
  } catch (error) {
    console.error(relayLogLine({ outcome: 'retry', detail: `the relay's configuration (DOWNSTREAM_URL, WEBHOOK_SECRET) is wrong: ${error instanceof Error ? error.message : String(error)}` }));
    batch.retryAll({ delaySeconds: 60 });
    return;
  }
  await Promise.all(
    batch.messages.map(async (message) => {
      const result = await relay.handle(message.body);
      if (result.status === 'done') message.ack();
      else if (result.status === 'invalid') {
        await keepDeadLetter(env, message, `not a relay message (at ${result.problem})`);
        message.ack();
      } else {
        const retryAfter = Math.ceil((result.retryAfterMs ?? 0) / 1000);
        message.retry({ delaySeconds: Math.max(backoffSeconds(message.attempts), retryAfter) });
      }
    }),
  );
}

/** Keeps each dead letter in R2 (`dead-letter/<day>/<id>.json`) so nothing is lost; replay it from there. */
export async function consumeDeadLetters(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  for (const message of batch.messages) {
    await keepDeadLetter(env, message, 'gave up after its retries');
    message.ack();
  }
}

async function keepDeadLetter(env: Env, message: Message<unknown>, why: string): Promise<void> {
  const body = message.body;
  // The body's id when it is ours; else the Queue's own message id (the body's text is not trusted as a key).
  const id = isRelayMessage(body) ? (body as RelayMessage).id : `queue-${message.id}`;
  const key = deadLetterKey(id, new Date());
  await env.ARCHIVE.put(key, JSON.stringify(body), { httpMetadata: { contentType: 'application/json' } });
  console.error(relayLogLine({ outcome: 'dead-letter', key: id, detail: `${why}; kept at ${key}` }));
}
