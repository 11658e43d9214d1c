import type { Forwarder } from '@wanxiang/receiver';
import { toEventMessage, type EventMessage } from './event-message.js';

/** Hands each delivery to the Queue; `send` resolves once the Queue has it, which is durable. */
export function queueForwarder(queue: Queue<EventMessage>): Forwarder {
  return {
    async send(delivery) {
      await queue.send(toEventMessage(delivery), { contentType: 'json' });
    },
  };
}
