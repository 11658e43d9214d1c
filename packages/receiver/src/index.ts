// @wanxiang/receiver — a Fetch-standard endpoint for Tencent Cloud Infinite (数据万象) callbacks.

export { createReceiver } from './create-receiver.js';
export type { Receiver, ReceiverOptions } from './receiver.js';
export type { Logger } from './logging/logger.js';
export type { ExecutionContextLike } from './inbound/execution-context.js';
export type { Delivery, Forwarder, Archive, ArchiveEntry } from './forward/delivery.js';
export type { AllowList } from './policy/allow-list.js';
export { listSetting, allowListFromEnv } from './policy/env-settings.js';
export { ReceiverError } from './errors/receiver-error.js';
export { ReceiverErrorCode } from './errors/receiver-error-code.js';
export { errorStatus } from './errors/status.js';
export { DEFAULT_DEADLINES } from './forward/deadline.js';
export { idempotencyKeys, deliveryId } from './forward/idempotency.js';
export { tokenFromUrl, MIN_TOKEN_LENGTH } from './inbound/token.js';
// The relay layer (queue message → signed downstream POSTs), H5's: signWebhook, postWebhook, describeEvent, createRelay, …
export * from './outbound/index.js';
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
