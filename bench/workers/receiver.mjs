// The receiver as the Cloudflare Worker example builds it (createReceiver, ctx passed for
// waitUntil), with a no-op forwarder instead of the Queue and no R2 archive: what is measured is
// the receiver itself (token check, body read, parse, validation, idempotency keys, answer).
import { createReceiver } from '@wanxiang/receiver';

let receiver;

export default {
  fetch(request, env, ctx) {
    receiver ??= createReceiver({ tokens: [env.CI_TOKENS], forwarder: { send: async () => {} }, logger: false });
    return receiver.fetch(request, ctx);
  },
};
