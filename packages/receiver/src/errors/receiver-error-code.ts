/**
 * Stable codes of the problems the receiver finds beyond the body itself. A rejected body keeps
 * the core's `CallbackErrorCode` (`MALFORMED_XML`, `INVALID_CALLBACK`, …). The status each code
 * answers is in one table, `errorStatus` (./status.ts).
 */
export const ReceiverErrorCode = {
  /** The URL carries no token, or one that is not configured (401). */
  UNAUTHORIZED: 'UNAUTHORIZED',
  /** A job, workflow run or moderation result carries a BucketId, Region, QueueId or WorkflowId off its allow-list, or none (403). */
  FORBIDDEN: 'FORBIDDEN',
  /** The `confirm` lookup found no such job, run or moderation job at CI, or a record that disagrees with the callback (403). */
  UNCONFIRMED: 'UNCONFIRMED',
  /** The `confirm` lookup failed (CI unreachable, an error answer): answered 503 so that CI delivers the event again. */
  CONFIRM_FAILED: 'CONFIRM_FAILED',
  /** The `confirm` lookup did not settle within `confirmTimeoutMs`: answered 503 so that CI delivers the event again. */
  CONFIRM_TIMEOUT: 'CONFIRM_TIMEOUT',
  /** The `echo` check found the MAC the callback should echo back missing or wrong (403). */
  ECHO_INVALID: 'ECHO_INVALID',
  /** The request is not a POST (405). */
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  /** The body did not arrive within `bodyTimeoutMs` (408). */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  /** The body stream failed before it ended (the client went away) (400). */
  BODY_UNREADABLE: 'BODY_UNREADABLE',
  /** The forwarder rejected: answered 503 so that CI delivers the event again. */
  FORWARD_FAILED: 'FORWARD_FAILED',
  /** The forwarder did not settle within `forwardTimeoutMs`: answered 503 so that CI delivers the event again. */
  FORWARD_TIMEOUT: 'FORWARD_TIMEOUT',
  /** The archive rejected; reported only, the answer is still decided by what follows. */
  ARCHIVE_FAILED: 'ARCHIVE_FAILED',
  /** The archive did not settle within `archiveTimeoutMs`; reported only, like ARCHIVE_FAILED. */
  ARCHIVE_TIMEOUT: 'ARCHIVE_TIMEOUT',
  /** An `on`/`onAny` handler threw after the event was forwarded; reported only, the answer stays 200. */
  HANDLER_FAILED: 'HANDLER_FAILED',
  /** The handlers did not settle within `handlerTimeoutMs`; reported only, the answer is 200 and they go on. */
  HANDLER_TIMEOUT: 'HANDLER_TIMEOUT',
  /** Node adapter: a body parser read the request body before the receiver, so CI's exact bytes are gone (500: fix the mount order). */
  BODY_ALREADY_READ: 'BODY_ALREADY_READ',
  /** A bug or an unexpected failure inside the receiver (500). */
  INTERNAL: 'INTERNAL',
} as const;

/** One of the stable {@link ReceiverErrorCode} values. */
export type ReceiverErrorCode = (typeof ReceiverErrorCode)[keyof typeof ReceiverErrorCode];
