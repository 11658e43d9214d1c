// The forwarder conformance suite of @wanxiang/receiver/testing against this example: the Deno KV
// forwarder, the KV ledger per key and the KV body chunks, under the real deno binary.
import { DENO_KV_MAX_INLINE_BYTES } from '@wanxiang/receiver';
import { type ForwarderSubject, forwarderConformance } from '@wanxiang/receiver/testing';
import { startHarness } from './harness.ts';

/** Short, so the deadline case takes seconds; the receiver's default is 10 s. */
const FORWARD_TIMEOUT_MS = 2_000;

const subject: ForwarderSubject = {
  name: 'Deno KV',
  forwardTimeoutMs: FORWARD_TIMEOUT_MS,
  maxInlineBytes: DENO_KV_MAX_INLINE_BYTES,
  async start({ consumer }) {
    const harness = await startHarness({ consumer, forwardTimeoutMs: FORWARD_TIMEOUT_MS, forwarder: { backoffSchedule: [50, 50, 50, 50, 50] } });
    return {
      post: async (body, contentType) => (await harness.post(body, { contentType: contentType ?? 'application/xml' })).status,
      startConsumer: async () => harness.startConsumer(),
      sendMode: (mode) => harness.sendMode(mode),
      delivered: () => harness.delivered,
      forwarded: () => harness.forwarded.map(({ id, keys, event }) => ({ id, keys, inline: event !== undefined })),
      logs: () => harness.logs,
      close: () => harness.close(),
    };
  },
};

for (const testCase of forwarderConformance(subject)) {
  // The deadline case leaves a send that never settles (by design): its timer is the receiver's, not leaked.
  Deno.test({ name: testCase.name, fn: testCase.run, sanitizeOps: false, sanitizeResources: false });
}
