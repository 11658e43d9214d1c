import { createDeliverer, createRelay, type Forwarder, inlineRelayMessage } from '@wanxiang/receiver';
import { createMemoryLedger } from '@wanxiang/receiver/testing';
import { requestOutcomes } from './request-outcome.js';

/** Where `listen` sends what it accepts: a signed Standard Webhooks POST, or nowhere (logged only). */
export interface RelayTarget {
  url: string;
  secret: string;
}

/**
 * The receiver's forwarder, relaying as the Worker does but inline: each key is claimed in a
 * memory ledger and POSTed once before CI gets its 200. A failed POST throws, so the answer is
 * 503 and CI delivers again; a key delivered already is not POSTed again. Without a target each
 * event is only recorded, so repeats are still told apart.
 *
 * @throws RelayError for a target URL or secret `createDeliverer` refuses (the message names the option, never the secret).
 */
export function relayForwarder(target: RelayTarget | undefined): Forwarder {
  const relay = createRelay({
    ledger: createMemoryLedger(),
    ...(target ? { deliverer: createDeliverer({ url: target.url, secret: target.secret }) } : {}),
    logger: false,
  });
  return {
    async send(delivery) {
      const slot = requestOutcomes.getStore();
      if (slot) slot.delivery = delivery;
      const result = await relay.handle(inlineRelayMessage(delivery, Infinity));
      if (result.status !== 'done') {
        const reason = result.status === 'retry' ? result.reason : `not a relay message (${result.problem})`;
        if (slot) {
          slot.failure = reason;
          if (result.status === 'retry' && result.retryAfterMs !== undefined) slot.retryAfterMs = result.retryAfterMs;
        }
        throw new Error(reason);
      }
      if (!slot) return;
      const outcomes = result.keys.map((key) => key.outcome);
      slot.relay = outcomes.every((outcome) => outcome === 'duplicate') ? 'duplicate' : outcomes.includes('gone') ? 'gone' : target ? 'delivered' : 'logged';
    },
  };
}
