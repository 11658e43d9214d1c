// The receiver and its Redis Streams relay on Node.js 20.16+ (after `npm run build` at the root):
//   CI_TOKENS=… REDIS_URL=redis://127.0.0.1:6379 DOWNSTREAM_URL=… WEBHOOK_SECRET=whsec_… node examples/node/redis-relay.mjs
// Every setting comes from the environment (see README.md), so no secret is in argv; none is printed.

import { errorText } from './redis/error-text.mjs';
import { startRelay } from './redis/relay-app.mjs';
import { relaySettings } from './redis/settings.mjs';

let settings;
try {
  settings = relaySettings(process.env);
} catch (error) {
  console.error(`wanxiang: ${errorText(error)}`);
  process.exit(1);
}

const relay = await startRelay(settings).catch((error) => {
  console.error(`wanxiang: could not start: ${errorText(error)}`);
  process.exit(1);
});
const sample = 'packages/fixtures/corpus/task/Transcode/transcode-workflow-triggered.xml';
if (relay.url) {
  console.log(`wanxiang receiver (Redis Streams relay) listening on ${relay.url}/ci/<token from CI_TOKENS>`);
  // The token stays a shell variable: this line must not print a secret.
  console.log(`try: curl -sS -X POST "${relay.url}/ci/$CI_TOKEN" -H 'Content-Type: application/xml' --data-binary @${sample}`);
}
if (settings.role !== 'receiver') {
  console.log(`wanxiang relay consumer ${JSON.stringify(settings.consumer)}: ${settings.downstream ? 'delivering to the downstream' : 'logging each event (no DOWNSTREAM_URL)'}`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    // A second signal while draining ends at once.
    process.once(signal, () => process.exit(1));
    relay.close().then(() => process.exit(0));
  });
}
