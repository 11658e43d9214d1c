import { acceptedArchiveKey } from '../forward/archive-key.js';

const JSON_START = new Uint8Array([0x7b]);

/**
 * `dead-letter/<day>/<id>.json`: where a message that spent its retries is kept. The id is
 * encoded by the archive's own key encoder (`/`, `%`, controls and other unusual characters
 * percent-encoded), so a body can neither choose the folder nor put raw text in the key.
 */
export function deadLetterKey(id: string, at: Date): string {
  // The archive's encoder, reached through its accepted-body key (`events/<day>/<id>.json`).
  return `dead-letter/${acceptedArchiveKey(id, at.toISOString(), JSON_START).slice('events/'.length)}`;
}
