import type { CallbackEvent } from '@wanxiang/core';
import type { Delivery } from '@wanxiang/receiver';
import type { BodyRef } from './body-chunks.ts';

/**
 * One Deno KV queue message per accepted callback: plain JSON-safe data. The event travels
 * inline when small; a larger one travels as a reference to its raw body, stored in KV chunks
 * (see body-chunks.ts), and is parsed again by the listener.
 */
export interface EventMessage {
  v: 1;
  /** The delivery id: the idempotency key, and the `webhook-id` downstream. */
  id: string;
  keys: string[];
  receivedAt: string;
  contentType: string | null;
  contentVersion: string | null;
  /** The normalized event, when it fits. */
  event?: CallbackEvent;
  /** Where the raw body is, when the event did not fit. */
  body?: BodyRef;
}

/**
 * Deno KV refuses a queue message over 64 KiB, measured after V8 serialization, where a string
 * holding any non-Latin-1 character takes two bytes per character. An event whose JSON is at
 * most 24 KiB of UTF-8 serializes well under 64 KiB (at most about twice that); anything larger
 * goes by reference.
 */
export const MAX_INLINE_BYTES = 24 * 1024;

/** The message with the event inline, or `undefined` when the event is too large for one. */
export function inlineMessage(delivery: Delivery, maxInlineBytes = MAX_INLINE_BYTES): EventMessage | undefined {
  const message = envelope(delivery);
  message.event = delivery.event;
  return utf8Length(JSON.stringify(message)) <= maxInlineBytes ? message : undefined;
}

/** The message that points at the raw body stored under `body`. */
export function referenceMessage(delivery: Delivery, body: BodyRef): EventMessage {
  return { ...envelope(delivery), body };
}

function envelope({ id, keys, receivedAt, contentType, contentVersion }: Delivery): EventMessage {
  return { v: 1, id, keys: [...keys], receivedAt, contentType, contentVersion };
}

/** Whether a queue value is one of ours (the queue may carry other messages). */
export function isEventMessage(value: unknown): value is EventMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<EventMessage>;
  return (
    message.v === 1 &&
    typeof message.id === 'string' &&
    Array.isArray(message.keys) &&
    typeof message.receivedAt === 'string' &&
    (message.event !== undefined || message.body !== undefined)
  );
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}
