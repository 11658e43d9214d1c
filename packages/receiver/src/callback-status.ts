import type { CallbackErrorCode } from '@wanxiang/core';

/**
 * The HTTP status the receiver answers for each way a body can fail to be a callback (the core's
 * README table). A `Record` over every code, so a new core code cannot go unmapped.
 */
export const callbackErrorStatus: Readonly<Record<CallbackErrorCode, number>> = {
  EMPTY_BODY: 400,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_FORMAT: 415,
  MALFORMED_XML: 400,
  MALFORMED_JSON: 400,
  TOO_DEEP: 400,
  INVALID_CALLBACK: 400,
};
