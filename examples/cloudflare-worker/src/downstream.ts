import type { CallbackEvent } from '@wanxiang/core';
import { webhookHeaders } from '@wanxiang/receiver';
import type { EventMessage } from './event-message.js';

/**
 * The body the downstream receives, in the Standard Webhooks envelope: `type` (the EventName),
 * `timestamp`, and `data` (the normalized event); `keys` lists the per-job idempotency keys.
 */
export function webhookBody(message: EventMessage, event: CallbackEvent): string {
  return JSON.stringify({ type: String(event.EventName), timestamp: message.receivedAt, keys: message.keys, data: event });
}

/**
 * POSTs one event to the downstream as a signed Standard Webhooks message (`webhook-id` = the
 * idempotency key, so the downstream can de-duplicate too).
 *
 * @throws Error on a network failure or a non-2xx answer, so that the message is retried.
 */
export async function postWebhook(url: string, secret: string, message: EventMessage, event: CallbackEvent): Promise<void> {
  const body = webhookBody(message, event);
  const headers = await webhookHeaders({ id: message.id, timestamp: Math.floor(Date.now() / 1000), body }, secret);
  const response = await fetch(url, { method: 'POST', headers, body });
  // Drain the body so the connection is reused; its content does not matter.
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) throw new Error(`The downstream answered ${response.status}`);
}
