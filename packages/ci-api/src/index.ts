// @wanxiang/ci-api — Tencent Cloud Infinite (数据万象) API requests, signed with Web Crypto.

// The lookup client
export {
  type CiClient,
  type CiClientOptions,
  createCiClient,
  DEFAULT_ANSWER_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  type GetJobsOptions,
  isCiId,
  type JobsLookup,
  type LookupOptions,
  MAX_JOB_IDS,
  type ModerationEventOf,
  type ModerationLookup,
  type WorkflowLookup,
} from './client/ci-client.js';
export { type CiTarget, checkTarget, defaultEndpoint } from './client/ci-target.js';
export type { CiCredentials, CredentialsSource } from './client/credentials.js';
export { type JobPath, jobPathOf, jobPathOfTag, jobPaths } from './client/job-paths.js';
export { type ModerationKind, moderationKindOf, moderationKinds } from './client/moderation-kinds.js';
export { SIGNATURE_SECONDS } from './client/request-lookup.js';
// Verify by lookup: the receiver's `confirm` policy
export { type CiConfirm, type CiConfirmation, type CiConfirmOptions, createCiConfirm } from './confirm/ci-confirm.js';
export { COMPARED_FIELDS } from './confirm/compared-fields.js';
export { CONFIRM_SETTINGS, type ConfiguredConfirm, ciConfirmFromEnv, lookupBucketsSetting } from './confirm/confirm-from-env.js';
export type { ComparedField } from './confirm/first-difference.js';
export { checkLookupBuckets, type LookupBuckets } from './confirm/lookup-buckets.js';
export { CiApiError, CiApiErrorCode, type CiApiErrorDetails, isCiApiError } from './errors/ci-api-error.js';
export { type CosAuthorizationOptions, cosAuthorization } from './signing/cos-authorization.js';
export { cosEncode } from './signing/cos-encode.js';
export { DEFAULT_EXPIRES_SECONDS, type KeyTimeOptions } from './signing/key-time.js';
