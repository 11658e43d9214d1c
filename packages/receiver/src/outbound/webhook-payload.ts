import type { CallbackEvent } from '@wanxiang/core';

/**
 * The JSON body of one downstream POST, one per idempotency key: `type` (the EventName),
 * `timestamp` (when the receiver read the callback, ISO 8601), `key` (the idempotency key,
 * equal to the `webhook-id` header) and `data` (the normalized event; for a TaskFinish,
 * narrowed to the one job this key names).
 */
export interface WebhookPayload {
  type: string;
  timestamp: string;
  key: string;
  data: CallbackEvent;
}

/** The body text of the POST for `key`. */
export function webhookPayload(key: string, receivedAt: string, event: CallbackEvent): string {
  const payload: WebhookPayload = { type: String(event.EventName), timestamp: receivedAt, key, data: event };
  return JSON.stringify(payload);
}
