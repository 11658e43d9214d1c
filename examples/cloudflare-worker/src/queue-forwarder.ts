import { type Forwarder, type RelayMessage, toRelayMessage, WORKER_MAX_INLINE_BYTES } from '@wanxiang/receiver';

/**
 * Hands each delivery to the Queue; `send` resolves once the Queue has it, which is durable.
 * An event over the Queue's 128 KB limit travels as a reference to its R2 archive copy.
 */
export function queueForwarder(queue: Queue<RelayMessage>): Forwarder {
  return {
    async send(delivery) {
      await queue.send(await toRelayMessage(delivery, { maxInlineBytes: WORKER_MAX_INLINE_BYTES }), { contentType: 'json' });
    },
  };
}
