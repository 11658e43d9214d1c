// The dead-letter stream: where a message goes when no attempt will deliver it. It keeps the
// message as it was (to replay: XADD it back to the event stream), why, and after how many
// attempts; it is never trimmed, so nothing is lost without someone deciding to.

import { errorText } from './error-text.mjs';
import { DEAD_LETTER } from './scripts.mjs';

/**
 * Acknowledges `message` on the event stream and adds it to the dead letters, atomically and
 * once (when two consumers race, the one whose XACK counted writes the dead letter).
 *
 * @param {import('./client.mjs').RedisClient} client
 * @param {{ keys: import('./keys.mjs').RelayKeys, group: string, consumer: string, reason: string,
 *   message: import('./consumer-group.mjs').StreamMessage, logger: { error: (line: string) => void } }} options
 * @returns {Promise<string | null>} the dead letter's id, or null when the message was no longer pending
 */
export async function moveToDeadLetters(client, { keys, group, consumer, message, reason, logger }) {
  const body = message.fields.body ? keys.body(message.fields.body) : '';
  const id = /** @type {string | null} */ (
    await client.eval(DEAD_LETTER, {
      keys: [keys.stream, keys.deadLetters, body],
      arguments: [group, message.id, reason, String(message.deliveries), message.fields.message ?? JSON.stringify(message.fields), consumer],
    })
  );
  if (id) logger.error(`wanxiang: relay: message ${message.id} moved to ${keys.deadLetters} as ${id}: ${errorText(reason)}`);
  return id ?? null;
}
