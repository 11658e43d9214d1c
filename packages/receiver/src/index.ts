// @wanxiang/receiver — a Fetch-standard endpoint for Tencent Cloud Infinite (数据万象) callbacks.

export { createReceiver } from './create-receiver.js';
export type { Receiver, ReceiverOptions } from './receiver.js';
export type { ReplayInput, ReplayOptions, ReplayResult } from './replay/replay-result.js';
export { MAX_REPLAY_BATCH, REPLAYABLE_PREFIXES, replayArchive, type ReplayArchiveOptions, type ReplayReport, type ReplaySource } from './replay/replay-archive.js';
export { ReplayErrorCode } from './replay/replay-error-code.js';
export { replayRoute, type FolderReplayOptions, type ReplayRouteOptions } from './replay/replay-route.js';
export type { Logger } from './logging/logger.js';
export type { ExecutionContextLike } from './inbound/execution-context.js';
export type { Delivery, Forwarder, Archive, ArchiveEntry } from './forward/delivery.js';
export type { AllowList } from './policy/allow-list.js';
export type { Confirm, Confirmation } from './policy/confirm.js';
export { signEcho, verifyEcho, type EchoOptions, type EchoVerification } from './policy/echo/echo-mac.js';
export { echoRefusal, type EchoRefusalOptions } from './policy/echo/echo-refusal.js';
export type { EchoSettings } from './policy/echo/echo-settings.js';
export { echoFields, ECHO_COS_META_HEADER, ECHO_FIELD_MAX_BYTES, ECHO_MAX_DATA_LENGTH, type EchoField } from './policy/echo/echo-field.js';
export { listSetting, allowListFromEnv, deliveryPolicyFromEnv } from './policy/env-settings.js';
export { ReceiverError } from './errors/receiver-error.js';
export { ReceiverErrorCode } from './errors/receiver-error-code.js';
export { errorStatus } from './errors/status.js';
export { DEFAULT_DEADLINES } from './forward/deadline.js';
export { idempotencyKeys, deliveryId } from './forward/idempotency.js';
export { tokenFromUrl, MIN_TOKEN_LENGTH } from './inbound/token.js';
export type {
  KnownEventName,
  EventMap,
  JobMap,
  EventContext,
  JobContext,
  ErrorContext,
  EventHandler,
  JobHandler,
  AnyHandler,
  ErrorHandler,
} from './routing/router.js';
// The relay layer: queue message → one signed downstream POST per idempotency key.
export { RelayError, RelayErrorCode } from './outbound/relay-error.js';
export { RETENTION_MS, DEFAULT_LEASE_MS, DEFAULT_POST_TIMEOUT_MS } from './outbound/retention.js';
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
} from './outbound/relay-message.js';
export { isRelayMessage, relayMessageProblem } from './outbound/is-relay-message.js';
export { relayEvent, type RawBodyStore } from './outbound/relay-event.js';
export { perKeyEvents, type KeyedEvent } from './outbound/per-key-events.js';
export type { Ledger, Claim } from './outbound/ledger.js';
export { createDeliverer, type Deliverer, type DelivererOptions, type PostOutcome } from './outbound/deliverer.js';
export { retryAfterMs } from './outbound/retry-after.js';
export { createRelay, type Relay, type RelayOptions, type RelayResult, type KeyResult, type RelayLogger } from './outbound/relay.js';
export { relayLogLine, type RelayLogEntry, type RelayLogOutcome } from './outbound/log-line.js';
export { describeEvent } from './outbound/describe-event.js';
export { deadLetterKey } from './outbound/dead-letter-key.js';
export { webhookPayload, type WebhookPayload } from './outbound/webhook-payload.js';
export { signWebhook, webhookHeaders, createWebhookSigner, type WebhookMessage, type WebhookSigner } from './outbound/standard-webhooks.js';
export { postWebhook, webhookBody, type WebhookEnvelope } from './outbound/webhook-delivery.js';
