import { WanxiangError, type CallbackIssue } from '@wanxiang/core';

/**
 * Stable codes of the problems the receiver finds beyond the body itself. A rejected body keeps
 * the core's {@link CallbackErrorCode} (`MALFORMED_XML`, `INVALID_CALLBACK`, …).
 */
export const ReceiverErrorCode = {
  /** The URL carries no token, or one that is not configured (401). */
  UNAUTHORIZED: 'UNAUTHORIZED',
  /** The callback's BucketId, Region, QueueId or WorkflowId is not on an allow-list (403). */
  FORBIDDEN: 'FORBIDDEN',
  /** The request is not a POST (405). */
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  /** The body did not arrive within `bodyTimeoutMs` (408). */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  /** The body stream failed before it ended (the client went away) (400). */
  BODY_UNREADABLE: 'BODY_UNREADABLE',
  /** The forwarder could not take the event: answered 503 so that CI delivers it again. */
  FORWARD_FAILED: 'FORWARD_FAILED',
  /** The archive could not store the raw body; the answer is still decided by the forwarder. */
  ARCHIVE_FAILED: 'ARCHIVE_FAILED',
  /** An `on`/`onAny` handler threw after the event was forwarded; the answer stays 200. */
  HANDLER_FAILED: 'HANDLER_FAILED',
  /** Node adapter: a body parser read the request body before the receiver, so CI's exact bytes are gone (500: fix the mount order). */
  BODY_ALREADY_READ: 'BODY_ALREADY_READ',
  /** A bug or an unexpected failure inside the receiver (500). */
  INTERNAL: 'INTERNAL',
} as const;

/** One of the stable {@link ReceiverErrorCode} values. */
export type ReceiverErrorCode = (typeof ReceiverErrorCode)[keyof typeof ReceiverErrorCode];

/** A request the receiver refused or could not finish, with the HTTP status it answered. */
export class ReceiverError extends WanxiangError<ReceiverErrorCode> {
  /** The HTTP status this error answered, or `undefined` when it did not decide the answer (archive and handler failures). */
  readonly status: number | undefined;

  constructor(
    code: ReceiverErrorCode,
    status: number | undefined,
    message: string,
    options?: { issues?: CallbackIssue[]; cause?: unknown },
  ) {
    super(code, message, options?.issues, { cause: options?.cause });
    this.name = 'ReceiverError';
    this.status = status;
  }
}
