import { createDeliverer, createRelay, type Deliverer, type Logger, relayLogLine } from '@wanxiang/receiver';
import { kvBodyStore } from './body-chunks.ts';
import { kvLedger } from './kv-ledger.ts';

export interface DeliverOptions {
  /** Where the listener POSTs each event as a signed Standard Webhooks message; unset: events are only logged. */
  downstreamUrl?: string;
  /** The Standard Webhooks secret (`whsec_…`); required with `downstreamUrl`. */
  webhookSecret?: string;
  /** The deadline of one downstream POST (default 15 s, below the 60 s ledger lease). */
  timeoutMs?: number;
  /** Default `console`; `false` for silence. */
  logger?: Logger | false;
}

/**
 * The `kv.listenQueue` handler, on the relay layer of @wanxiang/receiver: each key of a message
 * is claimed in the KV ledger (kv-ledger.ts), POSTed once as its own signed Standard Webhooks
 * message (`webhook-id` = the key, the event narrowed to its job) and recorded. Throwing hands
 * the message back to Deno KV, which retries it on the message's backoff schedule (a
 * downstream's Retry-After cannot lengthen it: Deno KV has no per-attempt delay) and, after the
 * last retry, writes it to its `keysIfUndelivered` key (see kv-forwarder.ts); keys already
 * delivered are skipped on each retry. A value that is not a relay message is logged and left.
 *
 * @throws RelayError at creation when `downstreamUrl` or `webhookSecret` is wrong (naming it).
 */
export function createDeliver(kv: Deno.Kv, options: DeliverOptions = {}): (value: unknown) => Promise<void> {
  const { downstreamUrl, webhookSecret } = options;
  if (downstreamUrl && !webhookSecret) throw new TypeError('DOWNSTREAM_URL is set but WEBHOOK_SECRET is not');
  const logger = options.logger === false ? undefined : (options.logger ?? console);
  let deliverer: Deliverer | undefined;
  if (downstreamUrl) deliverer = createDeliverer({ url: downstreamUrl, secret: webhookSecret!, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
  const relay = createRelay({ ledger: kvLedger(kv), store: kvBodyStore(kv), logger: logger ?? false, ...(deliverer ? { deliverer } : {}) });

  return async (value) => {
    const result = await relay.handle(value);
    if (result.status === 'retry') {
      logger?.error(relayLogLine({ outcome: 'retry', detail: `Deno KV retries the message on its backoff schedule: ${result.reason}` }));
      throw new Error(result.reason);
    }
  };
}
