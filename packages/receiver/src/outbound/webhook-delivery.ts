import type { CallbackEvent } from '@wanxiang/core';
import type { createDeliverer } from './deliverer.js';
import type { createRelay } from './relay.js';
import { webhookHeaders } from './standard-webhooks.js';
import type { webhookPayload } from './webhook-payload.js';

/** What a forwarded event carries to the downstream besides the event itself. */
export interface WebhookEnvelope {
  /** The delivery id: the Standard Webhooks `webhook-id`. */
  id: string;
  /** The per-job idempotency keys. */
  keys: readonly string[];
  /** When the receiver read the callback (ISO 8601). */
  receivedAt: string;
}

/**
 * @deprecated The body of {@link postWebhook}; the relay layer sends {@link webhookPayload}.
 *
 * The JSON body a downstream receives, in the Standard Webhooks envelope: `type` (the
 * EventName), `timestamp`, `keys`, and `data` (the normalized event).
 */
export function webhookBody(envelope: WebhookEnvelope, event: CallbackEvent): string {
  return JSON.stringify({ type: String(event.EventName), timestamp: envelope.receivedAt, keys: envelope.keys, data: event });
}

/**
 * @deprecated One POST for a whole delivery (`webhook-id` = the joined delivery id), so a job
 * delivered alone and again inside a two-job callback reaches the downstream twice. Use
 * {@link createDeliverer} with {@link createRelay}: one POST per idempotency key.
 *
 * POSTs one event to `url` as a signed Standard Webhooks message (`webhook-id` = the delivery
 * id, so the downstream can de-duplicate too). Used by the Worker's Queue consumer and the Deno
 * example's KV queue listener.
 *
 * @throws Error on a network failure or a non-2xx answer, so that the caller retries.
 */
export async function postWebhook(url: string, secret: string, envelope: WebhookEnvelope, event: CallbackEvent): Promise<void> {
  const body = webhookBody(envelope, event);
  const headers = await webhookHeaders({ id: envelope.id, timestamp: Math.floor(Date.now() / 1000), body }, secret);
  const response = await fetch(url, { method: 'POST', headers, body });
  // Drain the body so the connection is reused; its content does not matter.
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) throw new Error(`The downstream answered ${response.status}`);
}
