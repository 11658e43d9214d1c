import { parseCallback, type CallbackEvent } from '@wanxiang/core';
import { describeEvent, postWebhook, type Logger } from '@wanxiang/receiver';
import { readBody } from './body-chunks.ts';
import { isEventMessage, type EventMessage } from './event-message.ts';

export interface DeliverOptions {
  /** Where the listener POSTs each event as a signed Standard Webhooks message; unset: events are only logged. */
  downstreamUrl?: string;
  /** The Standard Webhooks secret (`whsec_…`); required with `downstreamUrl`. */
  webhookSecret?: string;
  /** Default `console`; `false` for silence. */
  logger?: Logger | false;
}

/**
 * The `kv.listenQueue` handler: takes one event message, logs it, and POSTs it signed to the
 * downstream when one is set (`webhook-id` = the delivery id). Throwing hands the message back
 * to Deno KV, which retries it on the message's backoff schedule and, after the last retry,
 * writes it to its `keysIfUndelivered` key (see kv-forwarder.ts). Delivery is at least once:
 * after a crash mid-handler the message comes again, so the downstream de-duplicates on
 * `webhook-id`.
 *
 * @throws TypeError at creation when `downstreamUrl` is set without `webhookSecret`.
 */
export function createDeliver(kv: Deno.Kv, options: DeliverOptions = {}): (value: unknown) => Promise<void> {
  const { downstreamUrl, webhookSecret } = options;
  if (downstreamUrl && !webhookSecret) throw new TypeError('DOWNSTREAM_URL is set but WEBHOOK_SECRET is not');
  const logger = options.logger === false ? undefined : (options.logger ?? console);

  return async (value) => {
    if (!isEventMessage(value)) {
      logger?.warn('wanxiang: ignored a queue message that is not an event message');
      return;
    }
    try {
      const event = await eventOf(kv, value);
      if (downstreamUrl) await postWebhook(downstreamUrl, webhookSecret!, value, event);
      logger?.info(`wanxiang: ${describeEvent(event)} → ${downstreamUrl ? 'delivered' : 'logged (no DOWNSTREAM_URL)'} [${value.id}]`);
    } catch (error) {
      logger?.error(`wanxiang: delivery of ${value.id} failed; Deno KV retries it on its backoff schedule: ${String(error)}`);
      throw error;
    }
  };
}

/** The event a message carries, reading and parsing its stored raw body when it is a reference. */
export async function eventOf(kv: Deno.Kv, message: EventMessage): Promise<CallbackEvent> {
  if (message.event) return message.event;
  if (!message.body) throw new Error(`Message ${message.id} carries neither an event nor a body reference`);
  const raw = await readBody(kv, message.body);
  return parseCallback(raw, { contentType: message.contentType, contentVersion: message.contentVersion });
}
