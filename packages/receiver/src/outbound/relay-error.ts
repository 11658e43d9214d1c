import { WanxiangError } from '@wanxiang/core';

/** Stable codes of the relay layer's failures (queue message → downstream POST). */
export const RelayErrorCode = {
  /** A queue handed over a value that is not a {@link RelayMessage} of this version. */
  RELAY_MESSAGE_INVALID: 'RELAY_MESSAGE_INVALID',
  /** The event is too large to travel inline and there is no stored raw body to point at. */
  EVENT_TOO_LARGE: 'EVENT_TOO_LARGE',
  /** The raw body a message points at is missing from its store (expired, deleted). */
  RAW_BODY_MISSING: 'RAW_BODY_MISSING',
  /** The raw body read back differs from the one the message was made from (size or SHA-256). */
  RAW_BODY_MISMATCH: 'RAW_BODY_MISMATCH',
  /** A message's keys do not match its event's jobs, so the event cannot be split per key. */
  KEYS_MISMATCH: 'KEYS_MISMATCH',
  /** The Standard Webhooks secret is not `whsec_` + base64 of 24 to 64 bytes. */
  WEBHOOK_SECRET_INVALID: 'WEBHOOK_SECRET_INVALID',
  /** A deliverer or relay option is out of range (a URL that is not http(s), `timeoutMs >= leaseMs`, …). */
  RELAY_OPTIONS_INVALID: 'RELAY_OPTIONS_INVALID',
} as const;

/** One of the stable {@link RelayErrorCode} values. */
export type RelayErrorCode = (typeof RelayErrorCode)[keyof typeof RelayErrorCode];

/** A failure of the relay layer; `code` is stable, the message names the dotted path at fault. */
export class RelayError extends WanxiangError<RelayErrorCode> {
  constructor(code: RelayErrorCode, path: string, message: string, options?: { cause?: unknown }) {
    super(code, message, [{ path, message }], options);
    this.name = 'RelayError';
  }
}
