import { type CallbackIssue, WanxiangError } from '@wanxiang/core';

/**
 * Stable codes of {@link CiApiError}. They are part of the public contract (a receiver's
 * `confirm` policy branches on them), so a code is never renamed or reused.
 */
export const CiApiErrorCode = {
  /** The lookup could not be made or read: a network failure, a 5xx or other unexpected status, an answer that does not parse, or one larger than `maxBytes`. */
  LOOKUP_FAILED: 'LOOKUP_FAILED',
  /** CI does not know what was asked: a 404, or the asked id in `NonExistJobIds` or absent from the answer. */
  LOOKUP_NOT_FOUND: 'LOOKUP_NOT_FOUND',
  /** CI refused the credentials: a 401 or 403 (`SignatureDoesNotMatch`, `AccessDenied`, `SignatureExpired`, …). */
  LOOKUP_UNAUTHORIZED: 'LOOKUP_UNAUTHORIZED',
  /** No complete answer within `timeoutMs` (a stalled body counts). */
  LOOKUP_TIMEOUT: 'LOOKUP_TIMEOUT',
} as const;

/** One of the stable {@link CiApiErrorCode} values. */
export type CiApiErrorCode = (typeof CiApiErrorCode)[keyof typeof CiApiErrorCode];

/** What a {@link CiApiError} knows about the answer, when there was one. */
export interface CiApiErrorDetails {
  /** The HTTP status of CI's answer; absent when none came (network failure, timeout). */
  status?: number;
  /** CI's error `Code` (`SignatureDoesNotMatch`, `InternalError`, …), excerpted. */
  ciCode?: string;
  /** CI's `RequestId` (or the `x-ci-request-id` header), excerpted: quote it to Tencent's support. */
  requestId?: string;
  issues?: CallbackIssue[];
  cause?: unknown;
}

/**
 * The one error the CI API client throws for a lookup that did not give CI's record. Branch on
 * `code`; the message names what was asked (method, path, bucket) and the status, never the
 * secret or the `Authorization` header.
 */
export class CiApiError extends WanxiangError<CiApiErrorCode> {
  readonly status: number | undefined;
  readonly ciCode: string | undefined;
  readonly requestId: string | undefined;

  constructor(code: CiApiErrorCode, message: string, details: CiApiErrorDetails = {}) {
    super(code, message, details.issues, { cause: details.cause });
    this.name = 'CiApiError';
    this.status = details.status;
    this.ciCode = details.ciCode;
    this.requestId = details.requestId;
  }
}

/** True for a {@link CiApiError}, also across realms and bundle copies (checks the shape, not the prototype). */
export function isCiApiError(error: unknown): error is CiApiError {
  return (
    error instanceof CiApiError ||
    (error instanceof Error && error.name === 'CiApiError' && typeof (error as CiApiError).code === 'string' && Object.values(CiApiErrorCode).includes((error as CiApiError).code))
  );
}
