// The Worker under test, wrapped so the test can watch and break it from Node through the
// PROBE service binding: every Queue send is reported (and fails or hangs when the test says
// so), the consumer waits while the test holds it back, and every message's ack/retry is
// reported. The Worker's own code runs unchanged.
import type { RelayMessage } from '@wanxiang/receiver';
import type { Env } from '../../examples/cloudflare-worker/src/env.js';
import worker, { DeliveryLedger } from '../../examples/cloudflare-worker/src/index.js';

export { DeliveryLedger };

interface ProbeEnv extends Env {
  PROBE: Fetcher;
  /** "true": retries wait 0 s instead of the production backoff, so tests finish quickly. */
  FAST_RETRIES?: string;
}

const report = (env: ProbeEnv, what: string, body: unknown) => env.PROBE.fetch(`http://probe/${what}`, { method: 'POST', body: JSON.stringify(body) });

const wrapped = new WeakMap<object, Env>();

function probed(env: ProbeEnv): Env {
  let result = wrapped.get(env);
  if (!result) {
    const events = env.EVENTS;
    const queue = {
      async send(message: RelayMessage, options?: QueueSendOptions) {
        const verdict = await (await report(env, 'queue-send', { id: message.id })).text();
        if (verdict === 'fail') throw new Error('injected Queue failure');
        if (verdict === 'hang') return new Promise<never>(() => {});
        await events.send(message, options);
        await report(env, 'queue-sent', { id: message.id, keys: message.keys, inline: message.event !== undefined, archiveKey: message.body?.key });
      },
      sendBatch: (messages: Iterable<MessageSendRequest<RelayMessage>>, options?: QueueSendBatchOptions) => events.sendBatch(messages, options),
    } as unknown as Queue<RelayMessage>;
    result = { ...env, EVENTS: queue };
    wrapped.set(env, result);
  }
  return result;
}

const idOf = (body: unknown) => (typeof body === 'object' && body !== null && typeof (body as { id?: unknown }).id === 'string' ? (body as { id: string }).id : '?');

export default {
  fetch(request, env, ctx) {
    return worker.fetch(request, probed(env), ctx);
  },
  async queue(batch, env) {
    // Answered only once the test lets the consumer run (a consumer started after the 200).
    await (await report(env, 'consumer-gate', {})).text();
    const outcomes: { id: string; outcome: 'ack' | 'retry'; queue: string }[] = [];
    const messages = batch.messages.map((message) => ({
      id: message.id,
      body: message.body,
      attempts: message.attempts,
      timestamp: message.timestamp,
      ack() {
        outcomes.push({ id: idOf(message.body), outcome: 'ack', queue: batch.queue });
        message.ack();
      },
      retry(options?: QueueRetryOptions) {
        outcomes.push({ id: idOf(message.body), outcome: 'retry', queue: batch.queue });
        message.retry(env.FAST_RETRIES === 'true' ? { delaySeconds: 0 } : options);
      },
    })) as unknown as Message<unknown>[];
    const view = {
      queue: batch.queue,
      messages,
      ackAll: () => batch.ackAll(),
      retryAll: (options?: QueueRetryOptions) => batch.retryAll(env.FAST_RETRIES === 'true' ? { delaySeconds: 0 } : options),
    } as unknown as MessageBatch<unknown>;
    await worker.queue(view, probed(env));
    await report(env, 'outcomes', outcomes);
  },
} satisfies ExportedHandler<ProbeEnv, unknown>;
