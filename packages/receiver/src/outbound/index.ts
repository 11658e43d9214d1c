// The relay layer: queue message → one signed downstream POST per idempotency key.
export { RelayError, RelayErrorCode } from './relay-error.js';
export { RETENTION_MS, DEFAULT_LEASE_MS, DEFAULT_POST_TIMEOUT_MS } from './retention.js';
export {
  toRelayMessage,
  inlineRelayMessage,
  referenceRelayMessage,
  RELAY_MESSAGE_VERSION,
  WORKER_MAX_INLINE_BYTES,
  DENO_KV_MAX_INLINE_BYTES,
  type RelayMessage,
  type RawBodyRef,
  type RelayInput,
  type RelayMessageOptions,
} from './relay-message.js';
export { isRelayMessage, relayMessageProblem } from './is-relay-message.js';
export { relayEvent, type RawBodyStore } from './relay-event.js';
export { perKeyEvents, type KeyedEvent } from './per-key-events.js';
export type { Ledger, Claim } from './ledger.js';
export { createDeliverer, type Deliverer, type DelivererOptions, type PostOutcome } from './deliverer.js';
export { retryAfterMs } from './retry-after.js';
export { createRelay, type Relay, type RelayOptions, type RelayResult, type KeyResult, type RelayLogger } from './relay.js';
export { relayLogLine, type RelayLogEntry, type RelayLogOutcome } from './log-line.js';
export { describeEvent } from './describe-event.js';
export { deadLetterKey } from './dead-letter-key.js';
export { webhookPayload, type WebhookPayload } from './webhook-payload.js';
export { signWebhook, webhookHeaders, createWebhookSigner, type WebhookMessage, type WebhookSigner } from './standard-webhooks.js';
export { postWebhook, webhookBody, type WebhookEnvelope } from './webhook-delivery.js';
