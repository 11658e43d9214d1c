import type { CallbackEvent, Deviations } from '@wanxiang/core';

/**
 * The JSON body of one downstream POST, one per idempotency key: `type` (the EventName),
 * `timestamp` (when the receiver read the callback, ISO 8601), `key` (the idempotency key,
 * equal to the `webhook-id` header) and `data` (the normalized event; for a TaskFinish,
 * narrowed to the one job this key names), and `deviations` when the callback differed from
 * Tencent's field tables: the values moved out of `data`, raw, with their issues (see
 * `parseCallbackLenient`). A consumer that only takes valid events checks that it is absent.
 * `record`, when the receiver confirmed the callback at CI: CI's own record of it, narrowed like `data`.
 */
export interface WebhookPayload {
  type: string;
  timestamp: string;
  key: string;
  data: CallbackEvent;
  deviations?: Deviations;
  record?: unknown;
}

/** The body text of the POST for `key`. */
export function webhookPayload(key: string, receivedAt: string, event: CallbackEvent, deviations?: Deviations, record?: unknown): string {
  const payload: WebhookPayload = { type: String(event.EventName), timestamp: receivedAt, key, data: event, ...(deviations ? { deviations } : {}), ...(record !== undefined ? { record } : {}) };
  return JSON.stringify(payload);
}
