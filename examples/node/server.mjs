// The receiver on Node.js 20.16+: `node examples/node/server.mjs` (after `npm run build`).
// CI_TOKENS (comma-separated, ≥ 16 characters each) authenticate; PORT picks the port (8787,
// 0 for a free one). With DOWNSTREAM_URL and WEBHOOK_SECRET each event is POSTed there as a
// signed Standard Webhooks message before CI gets its 200 (a failure answers 503, so CI delivers
// again); without them it is logged. ALLOWED_BUCKETS/REGIONS/QUEUES/WORKFLOWS restrict senders.
// A callback that deviates from Tencent's field tables below its identity is forwarded flagged
// (`deviations` in the POST, "flagged" in the log line); INVALID_CALLBACKS=reject answers 400 instead.
// DATA_DIR keeps refused bodies (DATA_DIR/archive) and the delivered keys (DATA_DIR/delivered.jsonl)
// across restarts; with REPLAY_TOKEN as well, `POST /admin/replay?prefix=rejected/` replays them.
// CI_SECRET_ID, CI_SECRET_KEY (and CI_SESSION_TOKEN) with CI_LOOKUP_BUCKETS look each callback up
// at CI before it is forwarded (403 when CI disagrees, 503 when it cannot be asked); ECHO_SECRETS
// refuses a callback that does not echo a signEcho value.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { ciConfirmFromEnv } from '@wanxiang/ci-api';
import { allowListFromEnv, createDeliverer, createReceiver, createRelay, deliveryPolicyFromEnv, describeEvent, inlineRelayMessage, listSetting, replayRoute } from '@wanxiang/receiver';
import { createNodeHandler } from '@wanxiang/receiver/node';
import { createMemoryLedger } from '@wanxiang/receiver/testing';
import { fileArchive } from './storage/file-archive.mjs';
import { fileLedger } from './storage/file-ledger.mjs';

const { DOWNSTREAM_URL, WEBHOOK_SECRET, DATA_DIR } = process.env;
const REPLAY_TOKEN = process.env.REPLAY_TOKEN?.trim();
const tokens = listSetting(process.env.CI_TOKENS);
if (tokens.length === 0 || (DOWNSTREAM_URL && !WEBHOOK_SECRET) || (REPLAY_TOKEN && (!DATA_DIR || tokens.includes(REPLAY_TOKEN)))) {
  console.error('wanxiang: set CI_TOKENS (and WEBHOOK_SECRET with DOWNSTREAM_URL, DATA_DIR with REPLAY_TOKEN, which must differ from every callback token)');
  process.exit(1);
}

let confirmation;
try {
  confirmation = ciConfirmFromEnv((name) => process.env[name]);
} catch (error) {
  console.error(`wanxiang: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const echoSecrets = listSetting(process.env.ECHO_SECRETS);

const archive = DATA_DIR ? fileArchive(join(DATA_DIR, 'archive')) : undefined;
// Each key POSTed once: a repeat from CI, or a replay of a body delivered already, is not POSTed again.
const relay = createRelay({
  ledger: DATA_DIR ? await fileLedger(join(DATA_DIR, 'delivered.jsonl')) : createMemoryLedger(),
  ...(DOWNSTREAM_URL ? { deliverer: createDeliverer({ url: DOWNSTREAM_URL, secret: WEBHOOK_SECRET ?? '' }) } : {}),
  logger: false,
});

const receiver = createReceiver({
  tokens,
  ...(archive ? { archive } : {}),
  allow: allowListFromEnv((name) => process.env[name]),
  invalid: deliveryPolicyFromEnv((name) => process.env[name]),
  ...(confirmation ? { confirm: confirmation.confirm } : {}),
  ...(echoSecrets.length > 0 ? { echo: { secrets: echoSecrets } } : {}),
  forwarder: {
    async send(delivery) {
      // Before CI gets its 200: a failed POST throws, so the answer is 503 and CI delivers again.
      const result = await relay.handle(inlineRelayMessage(delivery, Infinity));
      if (result.status !== 'done') throw new Error(result.status === 'retry' ? result.reason : `not a relay message (${result.problem})`);
      const { event, id, deviations } = delivery;
      const outcome = result.keys.every((key) => key.outcome === 'duplicate') ? 'delivered already' : DOWNSTREAM_URL ? 'delivered' : 'logged';
      const flagged = deviations ? ` flagged: ${deviations.count} value(s) moved out, first at ${deviations.values[0]?.path}` : '';
      console.log(`wanxiang: ${describeEvent(event)} → ${outcome} [${id}]${flagged}`);
    },
  },
});

const replay = REPLAY_TOKEN && archive ? replayRoute({ token: REPLAY_TOKEN, receiver, source: archive }) : undefined;
const server = createServer(createNodeHandler({ fetch: async (request) => (await replay?.(request)) ?? receiver.fetch(request) }));
server.listen(Number(process.env.PORT ?? 8787), '127.0.0.1', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`wanxiang receiver on Node.js: listening on http://127.0.0.1:${port}/ci/<token from CI_TOKENS>`);
  console.log(
    `wanxiang: confirmation ${confirmation ? `on, looking callbacks up in ${Object.keys(confirmation.buckets).join(', ')}` : 'off (set CI_SECRET_ID, CI_SECRET_KEY and CI_LOOKUP_BUCKETS to look each callback up at CI)'}`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close(() => process.exit(0)));
