// @wanxiang/ci-api — Tencent Cloud Infinite (数据万象) API requests, signed with Web Crypto.

export { cosAuthorization, type CosAuthorizationOptions } from './signing/cos-authorization.js';
export { cosEncode } from './signing/cos-encode.js';
export { DEFAULT_EXPIRES_SECONDS, type KeyTimeOptions } from './signing/key-time.js';

// The lookup client
export {
  createCiClient,
  DEFAULT_ANSWER_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  MAX_JOB_IDS,
  isCiId,
  type CiClient,
  type CiClientOptions,
  type GetJobsOptions,
  type JobsLookup,
  type LookupOptions,
  type ModerationEventOf,
  type ModerationLookup,
  type WorkflowLookup,
} from './client/ci-client.js';
export { checkTarget, defaultEndpoint, type CiTarget } from './client/ci-target.js';
export type { CiCredentials, CredentialsSource } from './client/credentials.js';
export { jobPathOf, jobPathOfTag, jobPaths, type JobPath } from './client/job-paths.js';
export { moderationKindOf, moderationKinds, type ModerationKind } from './client/moderation-kinds.js';
export { SIGNATURE_SECONDS } from './client/request-lookup.js';
export { CiApiError, CiApiErrorCode, isCiApiError, type CiApiErrorDetails } from './errors/ci-api-error.js';

// Verify by lookup: the receiver's `confirm` policy
export { createCiConfirm, type CiConfirm, type CiConfirmation, type CiConfirmOptions } from './confirm/ci-confirm.js';
export { checkLookupBuckets, type LookupBuckets } from './confirm/lookup-buckets.js';
export { ciConfirmFromEnv, lookupBucketsSetting, CONFIRM_SETTINGS, type ConfiguredConfirm } from './confirm/confirm-from-env.js';
