import type { CallbackEvent, Deviations } from '@wanxiang/core';
import { RelayError, RelayErrorCode } from './relay-error.js';

/** The version of {@link RelayMessage}; a consumer refuses any other (see `isRelayMessage`). */
export const RELAY_MESSAGE_VERSION = 2;

/**
 * Where the raw body of an event too large for the queue is kept: a storage key the example's
 * {@link RawBodyStore} understands (an R2 object key, a Deno KV chunk id, a Redis key), and
 * the body's size and SHA-256, so that what is read back is checked to be what was accepted.
 */
export interface RawBodyRef {
  key: string;
  bytes: number;
  /** Lowercase hex SHA-256 of the raw body. */
  sha256: string;
}

/**
 * One queue message per accepted callback, plain JSON-safe data. The event travels inline
 * (`event`), or, when too large for the queue, as a reference to its raw body (`body`), which
 * the consumer reads back and parses again (leniently, so it gets the same event and the same
 * deviations). Exactly one of the two is set; `deviations` travels only with an inline event.
 * A consumer older than `deviations` refuses a message that has it, rather than deliver the
 * event as if it were valid.
 */
export interface RelayMessage {
  v: typeof RELAY_MESSAGE_VERSION;
  /** The delivery id (the receiver's answer `id`): names the message in logs and dead letters. */
  id: string;
  /** One idempotency key per job, as the receiver derived them: each is delivered once, as its own `webhook-id`. */
  keys: string[];
  /** When the receiver read the callback (ISO 8601, UTC). */
  receivedAt: string;
  contentType: string | null;
  contentVersion: string | null;
  event?: CallbackEvent;
  /** What the receiver's lenient reading moved out of `event`; absent when nothing was. */
  deviations?: Deviations;
  /** CI's own record of the event, as the receiver's `confirm` looked it up (`Delivery.record`); travels only with an inline event. */
  record?: unknown;
  body?: RawBodyRef;
}

/** What {@link toRelayMessage} needs of a delivery: a `Delivery` of the receiver fits. */
export interface RelayInput {
  id: string;
  keys: readonly string[];
  event: CallbackEvent;
  deviations?: Deviations;
  /** CI's record from the receiver's `confirm`, when it looked the event up. */
  record?: unknown;
  raw: Uint8Array<ArrayBuffer>;
  contentType: string | null;
  contentVersion: string | null;
  receivedAt: string;
  /** Where the receiver's archive stored `raw`; the default reference target. */
  archiveKey?: string;
}

/** Options of {@link toRelayMessage}. */
export interface RelayMessageOptions {
  /**
   * The largest message (its JSON, UTF-8 bytes) sent with the event inline. The queue's own
   * limit minus headroom: Cloudflare Queues 128 KB (`WORKER_MAX_INLINE_BYTES`), Deno KV 64 KiB
   * after V8 serialization, where non-Latin-1 text takes two bytes a character
   * (`DENO_KV_MAX_INLINE_BYTES`).
   */
  maxInlineBytes: number;
  /** The storage key of the raw body for a reference; default the delivery's `archiveKey`. */
  bodyKey?: string;
}

/** Cloudflare Queues accept messages up to 128 KB; the rest is headroom for the envelope. */
export const WORKER_MAX_INLINE_BYTES = 120 * 1024;

/** A message whose JSON is at most 24 KiB of UTF-8 serializes well under Deno KV's 64 KiB limit. */
export const DENO_KV_MAX_INLINE_BYTES = 24 * 1024;

/** The message with the event inline, or `undefined` when its JSON is over `maxInlineBytes`. */
export function inlineRelayMessage(input: RelayInput, maxInlineBytes: number): RelayMessage | undefined {
  const message: RelayMessage = {
    ...envelope(input),
    event: input.event,
    ...(input.deviations ? { deviations: input.deviations } : {}),
    ...(input.record !== undefined ? { record: input.record } : {}),
  };
  return new TextEncoder().encode(JSON.stringify(message)).byteLength <= maxInlineBytes ? message : undefined;
}

/** The message pointing at the raw body stored under `bodyKey`. */
export async function referenceRelayMessage(input: RelayInput, bodyKey: string): Promise<RelayMessage> {
  return { ...envelope(input), body: { key: bodyKey, bytes: input.raw.byteLength, sha256: await sha256Hex(input.raw) } };
}

/**
 * The queue message for a delivery: inline when it fits, else a reference to the stored raw body.
 *
 * @throws RelayError `EVENT_TOO_LARGE` when it does not fit and there is no body key to point at.
 */
export async function toRelayMessage(input: RelayInput, options: RelayMessageOptions): Promise<RelayMessage> {
  const inline = inlineRelayMessage(input, options.maxInlineBytes);
  if (inline) return inline;
  const bodyKey = options.bodyKey ?? input.archiveKey;
  if (!bodyKey) {
    throw new RelayError(RelayErrorCode.EVENT_TOO_LARGE, 'event', `The event of ${input.id} is over ${options.maxInlineBytes} bytes and its raw body was not stored: nothing to point at`);
  }
  return referenceRelayMessage(input, bodyKey);
}

function envelope({ id, keys, receivedAt, contentType, contentVersion }: RelayInput): RelayMessage {
  return { v: RELAY_MESSAGE_VERSION, id, keys: [...keys], receivedAt, contentType, contentVersion };
}

/** Lowercase hex SHA-256 of `bytes`. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
