/**
 * The codes of a replay's refusals and failures that are not the receiver's own (those are its
 * `ReceiverError` and core `CallbackError` codes): in a `ReplayResult.error` or a route's answer.
 */
export const ReplayErrorCode = {
  /** The route's query is wrong: a prefix outside the kept folders, a limit out of range, a cursor of another prefix, an unknown parameter. */
  INVALID_REPLAY: 'INVALID_REPLAY',
  /** The route's admin token is misconfigured (too short, or a callback token): the route refuses every call. */
  REPLAY_MISCONFIGURED: 'REPLAY_MISCONFIGURED',
  /** The archive could not be listed or read. */
  SOURCE_FAILED: 'SOURCE_FAILED',
  /** Nothing is kept at the listed key any more. */
  GONE: 'GONE',
  /** What is kept is not a replayable entry (no bytes, no receipt time). */
  INVALID_ENTRY: 'INVALID_ENTRY',
  /** A dead letter that is not a relay message. */
  NOT_A_RELAY_MESSAGE: 'NOT_A_RELAY_MESSAGE',
  /** The entry changed while it was being replayed; replay again. */
  CHANGED: 'CHANGED',
} as const;

export type ReplayErrorCode = (typeof ReplayErrorCode)[keyof typeof ReplayErrorCode];
