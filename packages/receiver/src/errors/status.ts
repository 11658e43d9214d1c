import { CallbackError, type CallbackErrorCode, type WanxiangError } from '@wanxiang/core';
import type { ReceiverErrorCode } from './receiver-error-code.js';

/**
 * The one table from error code to the HTTP status the receiver answers: the core's codes (a body
 * that is not a callback) and the receiver's own. `undefined` marks a code that is reported to
 * `onError` without deciding the answer. A `Record` over every code, so a new code cannot go
 * unmapped; no call site chooses a status.
 */
export const errorStatus: Readonly<Record<CallbackErrorCode | ReceiverErrorCode, number | undefined>> = {
  // The core's codes (its README table).
  EMPTY_BODY: 400,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_FORMAT: 415,
  MALFORMED_XML: 400,
  MALFORMED_JSON: 400,
  TOO_DEEP: 400,
  TOO_MANY_NAMES: 400,
  INVALID_CALLBACK: 400,
  // The receiver's.
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  UNCONFIRMED: 403,
  CONFIRM_FAILED: 503,
  CONFIRM_TIMEOUT: 503,
  ECHO_INVALID: 403,
  METHOD_NOT_ALLOWED: 405,
  REQUEST_TIMEOUT: 408,
  BODY_UNREADABLE: 400,
  FORWARD_FAILED: 503,
  FORWARD_TIMEOUT: 503,
  BODY_ALREADY_READ: 500,
  INTERNAL: 500,
  ARCHIVE_FAILED: undefined,
  ARCHIVE_TIMEOUT: undefined,
  HANDLER_FAILED: undefined,
  HANDLER_TIMEOUT: undefined,
};

/**
 * The status answered for an error that decides the answer. An unknown code answers 400 (or 500
 * for a receiver error): the core is a caret dependency, so a newer one may bring a code this
 * table does not know yet, and it is still a body that is not a callback.
 */
export function statusOf(error: WanxiangError): number {
  const status = Object.hasOwn(errorStatus, error.code) ? errorStatus[error.code as keyof typeof errorStatus] : undefined;
  return status ?? (error instanceof CallbackError ? 400 : 500);
}
