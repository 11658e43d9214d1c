// The receiver on Node.js 20.16+: `node examples/node/server.mjs` (after `npm run build`).
// CI_TOKENS (comma-separated, ≥ 16 characters each) authenticate; PORT picks the port (8787,
// 0 for a free one). With DOWNSTREAM_URL and WEBHOOK_SECRET each event is POSTed there as a
// signed Standard Webhooks message before CI gets its 200 (a failure answers 503, so CI delivers
// again); without them it is logged. ALLOWED_BUCKETS/REGIONS/QUEUES/WORKFLOWS restrict senders.
// A callback that deviates from Tencent's field tables below its identity is forwarded flagged
// (`deviations` in the POST, "flagged" in the log line); INVALID_CALLBACKS=reject answers 400 instead.
import { createServer } from 'node:http';
import { allowListFromEnv, createDeliverer, createReceiver, deliveryPolicyFromEnv, describeEvent, listSetting, perKeyEvents } from '@wanxiang/receiver';
import { createNodeHandler } from '@wanxiang/receiver/node';

const { DOWNSTREAM_URL, WEBHOOK_SECRET } = process.env;
const tokens = listSetting(process.env.CI_TOKENS);
if (tokens.length === 0 || (DOWNSTREAM_URL && !WEBHOOK_SECRET)) {
  console.error('wanxiang: set CI_TOKENS (and WEBHOOK_SECRET with DOWNSTREAM_URL)');
  process.exit(1);
}

// One signed POST per idempotency key (`webhook-id` = the key), before CI gets its 200.
const deliverer = DOWNSTREAM_URL ? createDeliverer({ url: DOWNSTREAM_URL, secret: WEBHOOK_SECRET ?? '' }) : undefined;

const receiver = createReceiver({
  tokens,
  allow: allowListFromEnv((name) => process.env[name]),
  invalid: deliveryPolicyFromEnv((name) => process.env[name]),
  forwarder: {
    async send({ id, keys, receivedAt, event, deviations }) {
      if (deliverer) {
        for (const pair of perKeyEvents(event, keys, deviations)) {
          const posted = await deliverer.post(pair.key, receivedAt, pair.event, pair.deviations);
          if (posted.kind === 'retry') throw new Error(posted.reason);
        }
      }
      const flagged = deviations ? ` flagged: ${deviations.count} value(s) moved out, first at ${deviations.values[0]?.path}` : '';
      console.log(`wanxiang: ${describeEvent(event)} → ${DOWNSTREAM_URL ? 'delivered' : 'logged'} [${id}]${flagged}`);
    },
  },
});

const server = createServer(createNodeHandler(receiver));
server.listen(Number(process.env.PORT ?? 8787), '127.0.0.1', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`wanxiang receiver on Node.js: listening on http://127.0.0.1:${port}/ci/<token from CI_TOKENS>`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close(() => process.exit(0)));
