// @wanxiang/ci-api/testing — a double of CI's API, portable (no test framework, no Node API).

export { type CallbackRecords, callbackRecords } from './callback-records.js';
export { type CiApiDouble, type CiApiDoubleOptions, createCiApiDouble, type DoubleFailure, type DoubleRequest } from './ci-api-double.js';
export { type DoubleSecret, type SignatureVerdict, type VerifyOptions, verifyAuthorization } from './verify-authorization.js';
