// @wanxiang/ci-api/testing — a double of CI's API, portable (no test framework, no Node API).
export { createCiApiDouble, type CiApiDouble, type CiApiDoubleOptions, type DoubleFailure, type DoubleRequest } from './ci-api-double.js';
export { callbackRecords, type CallbackRecords } from './callback-records.js';
export { verifyAuthorization, type DoubleSecret, type SignatureVerdict, type VerifyOptions } from './verify-authorization.js';
