// The Worker under test, wrapped so the test can watch and break it from Node through the
// PROBE service binding: every Queue send is reported (and fails when the test says so),
// and every message's ack/retry is reported. The Worker's own code runs unchanged.
import worker, { DeliveryLedger } from '../../examples/cloudflare-worker/src/index.js';
import type { Env } from '../../examples/cloudflare-worker/src/env.js';
import type { EventMessage } from '../../examples/cloudflare-worker/src/event-message.js';

export { DeliveryLedger };

interface ProbeEnv extends Env {
  PROBE: Fetcher;
  /** "true": retries wait 0 s instead of the production backoff, so tests finish quickly. */
  FAST_RETRIES?: string;
}

const report = (env: ProbeEnv, what: string, body: unknown) =>
  env.PROBE.fetch(`http://probe/${what}`, { method: 'POST', body: JSON.stringify(body) });

const wrapped = new WeakMap<object, Env>();

function probed(env: ProbeEnv): Env {
  let result = wrapped.get(env);
  if (!result) {
    const events = env.EVENTS;
    const queue = {
      async send(message: EventMessage, options?: QueueSendOptions) {
        const verdict = await report(env, 'queue-send', { id: message.id });
        if ((await verdict.text()) === 'fail') throw new Error('injected Queue failure');
        await events.send(message, options);
        await report(env, 'queue-sent', { id: message.id, keys: message.keys, inline: message.event !== undefined, archiveKey: message.archiveKey });
      },
      sendBatch: (messages: Iterable<MessageSendRequest<EventMessage>>, options?: QueueSendBatchOptions) => events.sendBatch(messages, options),
    } as unknown as Queue<EventMessage>;
    result = { ...env, EVENTS: queue };
    wrapped.set(env, result);
  }
  return result;
}

export default {
  fetch(request, env, ctx) {
    return worker.fetch(request, probed(env), ctx);
  },
  async queue(batch, env) {
    const outcomes: { id: string; outcome: 'ack' | 'retry'; queue: string }[] = [];
    const messages = batch.messages.map((message) => ({
      id: message.id,
      body: message.body,
      attempts: message.attempts,
      timestamp: message.timestamp,
      ack() {
        outcomes.push({ id: message.body.id, outcome: 'ack', queue: batch.queue });
        message.ack();
      },
      retry(options?: QueueRetryOptions) {
        outcomes.push({ id: message.body.id, outcome: 'retry', queue: batch.queue });
        message.retry(env.FAST_RETRIES === 'true' ? { delaySeconds: 0 } : options);
      },
    })) as unknown as Message<EventMessage>[];
    const view = { queue: batch.queue, messages, ackAll: () => batch.ackAll(), retryAll: () => batch.retryAll() } as unknown as MessageBatch<EventMessage>;
    await worker.queue(view, probed(env));
    await report(env, 'outcomes', outcomes);
  },
} satisfies ExportedHandler<ProbeEnv, EventMessage>;
