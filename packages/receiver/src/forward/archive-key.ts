import { sha256Hex } from '../outbound/relay-message.js';

/** The date part of storage keys, `YYYY-MM-DD` in UTC. */
function day(receivedAt: string): string {
  return receivedAt.slice(0, 10);
}

/** The extension a body's first non-space byte suggests. */
function extension(raw: Uint8Array<ArrayBuffer>): string {
  for (const byte of raw) {
    if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0xef || byte === 0xbb || byte === 0xbf) continue;
    if (byte === 0x3c) return '.xml';
    if (byte === 0x7b || byte === 0x5b) return '.json';
    break;
  }
  return '.bin';
}

/**
 * An id as one key segment: ids come from the body, so `/`, `\`, `%` and control or other
 * unusual characters are percent-encoded; the usual `JobId:State` and `sha256:…` stay readable.
 */
function segment(id: string): string {
  // TextEncoder, not encodeURIComponent: a JSON body can carry a lone surrogate, which would throw.
  return id.replace(/[^\w.:,@=+-]/gu, (char) => Array.from(new TextEncoder().encode(char), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}

/** `events/<day>/<id>.<ext>`: the same callback delivered twice lands on the same object. */
export function acceptedArchiveKey(id: string, receivedAt: string, raw: Uint8Array<ArrayBuffer>): string {
  return `events/${day(receivedAt)}/${segment(id)}${extension(raw)}`;
}

/** `rejected/<day>/<time>-<digest>.<ext>`: a rejected body has no trustworthy id. */
export async function rejectedArchiveKey(receivedAt: string, raw: Uint8Array<ArrayBuffer>): Promise<string> {
  const short = (await sha256Hex(raw)).slice(0, 16);
  return `rejected/${day(receivedAt)}/${receivedAt.slice(11).replace(/[:.]/g, '')}-${short}${extension(raw)}`;
}

/** `forbidden/<day>/<time>-<digest>.<ext>`: a body refused by an allow-list, kept so that a misconfigured list loses nothing. */
export async function forbiddenArchiveKey(receivedAt: string, raw: Uint8Array<ArrayBuffer>): Promise<string> {
  return `forbidden/${(await rejectedArchiveKey(receivedAt, raw)).slice('rejected/'.length)}`;
}

/**
 * `unconfirmed/<day>/<digest>.<ext>`: a body CI's record did not confirm, or that could not be
 * looked up; replay it once CI answers. No time in the name: while CI's API is down, CI's
 * retries of one callback overwrite one object instead of adding one each.
 */
export async function unconfirmedArchiveKey(receivedAt: string, raw: Uint8Array<ArrayBuffer>): Promise<string> {
  const name = (await sha256Hex(raw)).slice(0, 32);
  return `unconfirmed/${day(receivedAt)}/${name}${extension(raw)}`;
}
