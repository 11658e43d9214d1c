import { ReceiverError } from '../errors/receiver-error.js';
import { settleWithin } from './deadline.js';
import type { Delivery, Forwarder } from './delivery.js';

/**
 * Hands a delivery to the forwarder, calling `send` exactly once and waiting at most
 * `timeoutMs`. Resolves `undefined` once the delivery is durable, else the error that answers 503
 * (FORWARD_FAILED when `send` rejected or threw, FORWARD_TIMEOUT when it did not settle in time),
 * so that CI delivers the event again. A settlement after the deadline is ignored: the answer is
 * already given, and the retry carries the same idempotency keys.
 */
export async function forwardDelivery(forwarder: Forwarder, delivery: Delivery, timeoutMs: number): Promise<ReceiverError | undefined> {
  const settled = await settleWithin(() => forwarder.send(delivery), timeoutMs);
  if (settled.status === 'fulfilled') return undefined;
  if (settled.status === 'timeout') {
    return new ReceiverError('FORWARD_TIMEOUT', `The event was not handed on within ${timeoutMs} ms; deliver it again`);
  }
  return new ReceiverError('FORWARD_FAILED', 'The event could not be handed on; deliver it again', { cause: settled.reason });
}
