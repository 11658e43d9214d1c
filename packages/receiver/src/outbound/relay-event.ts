import { type LenientEvent, parseCallbackLenient } from '@wanxiang/core';
import { RelayError, RelayErrorCode } from './relay-error.js';
import { type RelayMessage, sha256Hex } from './relay-message.js';

/**
 * Where a consumer reads back a raw body a {@link RelayMessage} points at: R2 `get`, Deno KV
 * chunks, a Redis string. `undefined` when nothing is stored under the key.
 */
export interface RawBodyStore {
  get(key: string): Promise<Uint8Array<ArrayBuffer> | undefined>;
}

/**
 * The event a message carries, with its deviations (and CI's record, inline only): inline, or parsed again (leniently, as the
 * receiver read it) from its raw body, which must be the one the message was made from (same
 * size, same SHA-256).
 *
 * @throws RelayError `RAW_BODY_MISSING` / `RAW_BODY_MISMATCH`; a CallbackError when the stored body no longer parses.
 */
export async function relayEvent(message: RelayMessage, store: RawBodyStore | undefined): Promise<LenientEvent & { record?: unknown }> {
  if (message.event) return { event: message.event, ...(message.deviations ? { deviations: message.deviations } : {}), ...(message.record !== undefined ? { record: message.record } : {}) };
  const ref = message.body!;
  if (!store) throw new RelayError(RelayErrorCode.RAW_BODY_MISSING, 'body.key', `Message ${message.id} points at a raw body, and no store was given to read it`);
  const raw = await store.get(ref.key);
  if (!raw) throw new RelayError(RelayErrorCode.RAW_BODY_MISSING, 'body.key', `Message ${message.id}: its raw body is missing from the store (expired or deleted)`);
  if (raw.byteLength !== ref.bytes || (await sha256Hex(raw)) !== ref.sha256) {
    throw new RelayError(RelayErrorCode.RAW_BODY_MISMATCH, 'body.sha256', `Message ${message.id}: the stored raw body is not the one the message was made from`);
  }
  return parseCallbackLenient(raw, { contentType: message.contentType, contentVersion: message.contentVersion });
}
