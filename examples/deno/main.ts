// `npx deno task start` (in examples/deno, after `npm install` and `npm run build` at the root):
// the receiver on 127.0.0.1:$PORT, its Forwarder on Deno KV, and the queue listener that logs
// each event or POSTs it signed to DOWNSTREAM_URL. Prints the callback URL and a curl line.
import { createWebhookSigner } from '@wanxiang/receiver';
import { type Config, configFromEnv } from './config.ts';
import { createDeliver } from './deliver.ts';
import { serveReceiver } from './server.ts';

let config: Config;
try {
  config = configFromEnv((name) => Deno.env.get(name));
  // Checked now, naming the variable, rather than at the first event.
  if (config.webhookSecret) createWebhookSigner(config.webhookSecret, 'WEBHOOK_SECRET');
} catch (error) {
  console.error(`wanxiang: ${error instanceof Error ? error.message : String(error)}`);
  Deno.exit(1);
}

// The start task allows the network to 127.0.0.1, localhost and CI's API hosts only: fail now rather than at the first event.
for (const [url, name] of [
  [config.downstreamUrl, 'DOWNSTREAM_URL'],
  [config.ciApiEndpoint, 'CI_API_ENDPOINT'],
] as const) {
  if (!url) continue;
  const { hostname, port } = new URL(url);
  const host = port ? `${hostname}:${port}` : hostname;
  if ((await Deno.permissions.query({ name: 'net', host })).state !== 'granted') {
    console.error(`wanxiang: no network permission for ${host} (${name}): run main.ts with --allow-net=127.0.0.1,${hostname} (see README.md)`);
    Deno.exit(1);
  }
}

if (config.kvPath !== ':memory:' && config.kvPath.includes('/')) {
  await Deno.mkdir(config.kvPath.slice(0, config.kvPath.lastIndexOf('/')) || '/', { recursive: true });
}
const kv = await Deno.openKv(config.kvPath);
kv.listenQueue(createDeliver(kv, { downstreamUrl: config.downstreamUrl, webhookSecret: config.webhookSecret }));

serveReceiver(kv, {
  tokens: config.tokens,
  allow: config.allow,
  ...(config.invalid ? { invalid: config.invalid } : {}),
  ...(config.replayToken ? { replayToken: config.replayToken } : {}),
  ...(config.confirmation ? { confirm: config.confirmation.confirm } : {}),
  ...(config.echoSecrets ? { echoSecrets: config.echoSecrets } : {}),
  port: config.port,
  onListen({ hostname, port }) {
    const base = `http://${hostname}:${port}/ci/`;
    // A real token is never printed (console output ends up in logs); the development one is.
    const url = config.developmentToken ? `${base}${encodeURIComponent(config.tokens[0]!)}` : `${base}<token from CI_TOKENS>`;
    console.log(`
wanxiang receiver on Deno (Deno KV: ${config.kvPath})
  callback URL: ${url}${config.developmentToken ? '   (development token: set CI_TOKENS before exposing this)' : ''}
  downstream:   ${config.downstreamUrl ?? 'none: events are logged (set DOWNSTREAM_URL and WEBHOOK_SECRET to deliver them)'}
  confirmation: ${
    config.confirmation
      ? `on: each callback is looked up at CI (${Object.entries(config.confirmation.buckets)
          .map(([bucket, region]) => `${bucket}=${region}`)
          .join(',')})`
      : 'off (set CI_SECRET_ID, CI_SECRET_KEY and CI_LOOKUP_BUCKETS to look each callback up at CI)'
  }

Post a callback:
  curl -sS -X POST '${url}' -H 'Content-Type: application/xml' --data-binary @${sample()}
`);
  },
});

/** A corpus body of @wanxiang/fixtures (packages/fixtures/corpus), else (the example copied elsewhere) the Worker example's sample. */
function sample(): string {
  const candidates = [
    new URL('../../packages/fixtures/corpus/task/Transcode/transcode-workflow-triggered.xml', import.meta.url),
    new URL('../cloudflare-worker/samples/transcode-success.xml', import.meta.url),
  ];
  for (const candidate of candidates) {
    try {
      if (Deno.statSync(candidate).isFile) return pathOf(candidate);
    } catch {
      // Missing, or outside what --allow-read grants: try the next one.
    }
  }
  return pathOf(candidates[1]!);
}

/** A file URL as a path for the shell (no node:url: Deno type-checks node: imports against @types/node). */
function pathOf(url: URL): string {
  const path = decodeURIComponent(url.pathname);
  return Deno.build.os === 'windows' ? path.slice(1).replaceAll('/', '\\') : path;
}
