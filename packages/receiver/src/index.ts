// @wanxiang/receiver — a Fetch-standard endpoint for Tencent Cloud Infinite (数据万象) callbacks.

export { createReceiver } from './create-receiver.js';
export { ReceiverError } from './errors/receiver-error.js';
export { ReceiverErrorCode } from './errors/receiver-error-code.js';
export { errorStatus } from './errors/status.js';
export { DEFAULT_DEADLINES } from './forward/deadline.js';
export type { Archive, ArchiveEntry, Delivery, Forwarder } from './forward/delivery.js';
export { deliveryId, idempotencyKeys } from './forward/idempotency.js';
export type { ExecutionContextLike } from './inbound/execution-context.js';
export { MIN_TOKEN_LENGTH, tokenFromUrl } from './inbound/token.js';
export type { Logger } from './logging/logger.js';
export { deadLetterKey } from './outbound/dead-letter-key.js';
export { createDeliverer, type Deliverer, type DelivererOptions, type PostOutcome } from './outbound/deliverer.js';
export { describeEvent } from './outbound/describe-event.js';
export { isRelayMessage, relayMessageProblem } from './outbound/is-relay-message.js';
export type { Claim, Ledger } from './outbound/ledger.js';
export { type RelayLogEntry, type RelayLogOutcome, relayLogLine } from './outbound/log-line.js';
export { type KeyedEvent, perKeyEvents } from './outbound/per-key-events.js';
export { createRelay, type KeyResult, type Relay, type RelayLogger, type RelayOptions, type RelayResult } from './outbound/relay.js';
// The relay layer: queue message → one signed downstream POST per idempotency key.
export { RelayError, RelayErrorCode } from './outbound/relay-error.js';
export { type RawBodyStore, relayEvent } from './outbound/relay-event.js';
export {
  DENO_KV_MAX_INLINE_BYTES,
  inlineRelayMessage,
  type RawBodyRef,
  RELAY_MESSAGE_VERSION,
  type RelayInput,
  type RelayMessage,
  type RelayMessageOptions,
  referenceRelayMessage,
  toRelayMessage,
  WORKER_MAX_INLINE_BYTES,
} from './outbound/relay-message.js';
export { DEFAULT_LEASE_MS, DEFAULT_POST_TIMEOUT_MS, RETENTION_MS } from './outbound/retention.js';
export { retryAfterMs } from './outbound/retry-after.js';
export { createWebhookSigner, signWebhook, type WebhookMessage, type WebhookSigner, webhookHeaders } from './outbound/standard-webhooks.js';
export { postWebhook, type WebhookEnvelope, webhookBody } from './outbound/webhook-delivery.js';
export { type WebhookPayload, webhookPayload } from './outbound/webhook-payload.js';
export type { AllowList } from './policy/allow-list.js';
export type { Confirm, Confirmation } from './policy/confirm.js';
export { ECHO_COS_META_HEADER, ECHO_FIELD_MAX_BYTES, ECHO_MAX_DATA_LENGTH, type EchoField, echoFields } from './policy/echo/echo-field.js';
export { type EchoOptions, type EchoVerification, signEcho, verifyEcho } from './policy/echo/echo-mac.js';
export { type EchoRefusalOptions, echoRefusal } from './policy/echo/echo-refusal.js';
export type { EchoSettings } from './policy/echo/echo-settings.js';
export { allowListFromEnv, deliveryPolicyFromEnv, listSetting } from './policy/env-settings.js';
export type { Receiver, ReceiverOptions } from './receiver.js';
export { MAX_REPLAY_BATCH, REPLAYABLE_PREFIXES, type ReplayArchiveOptions, type ReplayReport, type ReplaySource, replayArchive } from './replay/replay-archive.js';
export { ReplayErrorCode } from './replay/replay-error-code.js';
export type { ReplayInput, ReplayOptions, ReplayResult } from './replay/replay-result.js';
export { type FolderReplayOptions, type ReplayRouteOptions, replayRoute } from './replay/replay-route.js';
export type {
  AnyHandler,
  ErrorContext,
  ErrorHandler,
  EventContext,
  EventHandler,
  EventMap,
  JobContext,
  JobHandler,
  JobMap,
  KnownEventName,
} from './routing/router.js';
