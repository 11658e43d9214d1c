import { parseCallback, type CallbackEvent } from '@wanxiang/core';
import type { Delivery } from '@wanxiang/receiver';

/**
 * One queue message per accepted callback. The event travels inline, or, when the message would
 * pass the Queue's 128 KB limit, as a pointer to the raw body archived in R2.
 */
export interface EventMessage {
  v: 1;
  id: string;
  keys: string[];
  receivedAt: string;
  contentType: string | null;
  contentVersion: string | null;
  /** The normalized event, when it fits. */
  event?: CallbackEvent;
  /** The R2 key of the raw body: always set when archived; the only source of the event when `event` is absent. */
  archiveKey?: string;
}

/** Cloudflare Queues accept messages up to 128 KB; the rest is headroom for the envelope. */
export const MAX_INLINE_BYTES = 120 * 1024;

/**
 * The queue message for a delivery: inline when small enough, else a pointer.
 *
 * @throws Error when the event is too large and its raw body could not be archived (nothing to point at).
 */
export function toEventMessage(delivery: Delivery, maxInlineBytes = MAX_INLINE_BYTES): EventMessage {
  const { id, keys, receivedAt, contentType, contentVersion, archiveKey, event } = delivery;
  const message: EventMessage = { v: 1, id, keys, receivedAt, contentType, contentVersion, event };
  if (archiveKey) message.archiveKey = archiveKey;
  if (new TextEncoder().encode(JSON.stringify(message)).byteLength <= maxInlineBytes) return message;
  if (!archiveKey) throw new Error(`Event ${id} is too large for a queue message and its raw body was not archived`);
  delete message.event;
  return message;
}

/** The event a message carries, reading and parsing the archived raw body when it is a pointer. */
export async function eventOf(message: EventMessage, archive: R2Bucket): Promise<CallbackEvent> {
  if (message.event) return message.event;
  if (!message.archiveKey) throw new Error(`Message ${message.id} carries neither an event nor an archive key`);
  const object = await archive.get(message.archiveKey);
  if (!object) throw new Error(`Message ${message.id}: archived body ${message.archiveKey} is missing`);
  const raw = new Uint8Array(await object.arrayBuffer());
  return parseCallback(raw, { contentType: message.contentType, contentVersion: message.contentVersion });
}
