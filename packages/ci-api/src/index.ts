// @wanxiang/ci-api — Tencent Cloud Infinite (数据万象) API requests, signed with Web Crypto.

export { cosAuthorization, type CosAuthorizationOptions } from './signing/cos-authorization.js';
export { cosEncode } from './signing/cos-encode.js';
export { DEFAULT_EXPIRES_SECONDS, type KeyTimeOptions } from './signing/key-time.js';
