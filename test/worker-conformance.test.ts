// The forwarder conformance suite (@wanxiang/receiver/testing) against the Cloudflare Worker
// example in workerd: its Queue forwarder, R2 body store and Durable Object ledger, with the
// receiver's default forward deadline.
import { describe, it } from 'vitest';
import { DEFAULT_DEADLINES, WORKER_MAX_INLINE_BYTES } from '../packages/receiver/src/index.js';
import { type ConformanceSystem, type ForwarderSubject, forwarderConformance } from '../packages/receiver/src/testing/index.js';
import { startWorker } from './worker/harness.js';

const subject: ForwarderSubject = {
  name: 'Cloudflare Queue (workerd)',
  forwardTimeoutMs: DEFAULT_DEADLINES.forwardTimeoutMs,
  maxInlineBytes: WORKER_MAX_INLINE_BYTES,
  async start({ consumer }): Promise<ConformanceSystem> {
    const worker = await startWorker({}, { consumer });
    let mode: 'ok' | 'reject' | 'hang' = 'ok';
    worker.failQueueSend = () => mode === 'reject';
    worker.hangQueueSend = () => mode === 'hang';
    return {
      post: async (body, contentType) => {
        const response = await worker.post(body, { contentType: contentType ?? 'application/xml' });
        await response.arrayBuffer();
        return response.status;
      },
      startConsumer: async () => worker.startConsumer(),
      sendMode: (next) => (mode = next),
      delivered: () => worker.delivered,
      forwarded: () => worker.sent.map(({ id, keys, inline }) => ({ id, keys, inline })),
      logs: () => worker.logs,
      close: () => worker.dispose(),
    };
  },
};

describe('the Worker example passes the forwarder conformance suite', () => {
  for (const testCase of forwarderConformance(subject)) it(testCase.name, { timeout: 60_000 }, testCase.run);
});
