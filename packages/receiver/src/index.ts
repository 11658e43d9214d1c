// @wanxiang/receiver — a Fetch-standard endpoint for Tencent Cloud Infinite (数据万象) callbacks.

export { createReceiver, type Receiver, type ReceiverOptions, type Logger, type ExecutionContextLike } from './create-receiver.js';
export type { Delivery, Forwarder, Archive, ArchiveEntry } from './delivery.js';
export type { AllowList } from './allow-list.js';
export { listSetting, allowListFromEnv } from './env-settings.js';
export { ReceiverError, ReceiverErrorCode } from './errors.js';
export { idempotencyKeys, deliveryId } from './idempotency.js';
export { tokenFromUrl, MIN_TOKEN_LENGTH } from './token.js';
export { signWebhook, webhookHeaders, type WebhookMessage } from './standard-webhooks.js';
export { postWebhook, webhookBody, type WebhookEnvelope } from './webhook-delivery.js';
export { describeEvent } from './describe-event.js';
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
} from './router.js';
