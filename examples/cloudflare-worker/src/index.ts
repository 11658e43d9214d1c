import { ciConfirmFromEnv } from '@wanxiang/ci-api';
import { allowListFromEnv, createReceiver, deliveryPolicyFromEnv, listSetting, type Receiver } from '@wanxiang/receiver';
import { consumeDeadLetters, consumeEvents } from './consumer.js';
import type { Env } from './env.js';
import { queueForwarder } from './queue-forwarder.js';
import { r2Archive } from './r2-archive.js';
import { replayRouteFor } from './replay.js';

export { DeliveryLedger } from './delivery-ledger.js';
export type { Env } from './env.js';

/** The dead-letter queue's name in wrangler.jsonc; its batches are archived, not delivered. */
const DEAD_LETTER_QUEUE = 'wanxiang-events-dlq';

// One receiver per set of bindings: it holds the prepared token digests.
const receivers = new WeakMap<Env, Receiver>();

function receiverFor(env: Env): Receiver {
  let receiver = receivers.get(env);
  if (!receiver) {
    const setting = (name: string) => env[name as keyof Env] as string | undefined;
    // Unset credentials: no confirmation. Half set: this throws, and every callback is a 500 until fixed.
    const confirmation = ciConfirmFromEnv(setting);
    const echoSecrets = listSetting(env.ECHO_SECRETS);
    receiver = createReceiver({
      tokens: listSetting(env.CI_TOKENS),
      forwarder: queueForwarder(env.EVENTS),
      archive: r2Archive(env.ARCHIVE),
      allow: allowListFromEnv(setting),
      invalid: deliveryPolicyFromEnv(setting),
      ...(confirmation ? { confirm: confirmation.confirm } : {}),
      ...(echoSecrets.length > 0 ? { echo: { secrets: echoSecrets } } : {}),
    });
    receivers.set(env, receiver);
  }
  return receiver;
}

export default {
  async fetch(request, env, ctx) {
    const receiver = receiverFor(env);
    const replayed = await replayRouteFor(env, receiver)?.(request);
    return replayed ?? receiver.fetch(request, env, ctx);
  },
  async queue(batch, env) {
    if (batch.queue === DEAD_LETTER_QUEUE) await consumeDeadLetters(batch, env);
    else await consumeEvents(batch, env);
  },
} satisfies ExportedHandler<Env, unknown>;
