// `npm start`: the Worker under `wrangler dev` on 127.0.0.1 (Queue, R2 and the Durable Object
// simulated locally), a local downstream that verifies each Standard Webhooks signature, and a
// ready curl line. Development defaults are embedded; a .dev.vars file overrides them.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Webhook } from 'standardwebhooks';
import { wranglerCommand } from './wrangler-command.mjs';

const exampleDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(exampleDir, '../..');
const port = Number(process.env.PORT ?? 8787);
const downstreamPort = port + 1;

// Development only: never deploy these (production reads secrets from `wrangler secret put`).
const defaults = {
  CI_TOKENS: 'wanxiang-dev-token-change-me',
  WEBHOOK_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
};
const devVars = existsSync(join(exampleDir, '.dev.vars')) ? parseVars(readFileSync(join(exampleDir, '.dev.vars'), 'utf8')) : {};
const vars = { ...defaults, ...devVars, DOWNSTREAM_URL: process.env.DOWNSTREAM_URL ?? `http://127.0.0.1:${downstreamPort}/webhook` };
const token = vars.CI_TOKENS.split(',')[0].trim();

// The downstream: what your service would be. It verifies and logs each delivery.
const webhook = new Webhook(vars.WEBHOOK_SECRET);
const downstream = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    try {
      const payload = webhook.verify(body, request.headers);
      console.log(`[downstream] ${request.headers['webhook-id']}: ${payload.type}, signature verified`);
      response.writeHead(204).end();
    } catch (error) {
      console.log(`[downstream] refused a delivery: ${error.message}`);
      response.writeHead(400).end();
    }
  });
});
if (!process.env.DOWNSTREAM_URL) downstream.listen(downstreamPort, '127.0.0.1');

// Secrets through a private 0600 file (--env-file), never in argv (see wrangler-command.mjs).
const command = wranglerCommand({ wranglerBin: join(repoRoot, 'node_modules/wrangler/bin/wrangler.js'), port, vars });
const wrangler = spawn(process.execPath, command.args, {
  cwd: exampleDir,
  stdio: ['ignore', 'inherit', 'inherit'], // No Request.cf download: this machine may be offline, and the receiver does not use it.
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
});
wrangler.on('exit', (code) => {
  command.cleanup();
  downstream.close();
  process.exit(code ?? 1);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => wrangler.kill(signal));

const url = `http://127.0.0.1:${port}/ci/${encodeURIComponent(token)}`;
await waitUntilListening(port);
const sample = pickSample();
// Confirmation needs CI's API and credentials; without them it is off, and the banner says so.
const confirmation =
  vars.CI_SECRET_ID && vars.CI_SECRET_KEY && vars.CI_LOOKUP_BUCKETS
    ? `on: each callback is looked up at CI (${vars.CI_LOOKUP_BUCKETS})`
    : 'off (set CI_SECRET_ID, CI_SECRET_KEY and CI_LOOKUP_BUCKETS in .dev.vars to look each callback up at CI)';
console.log(`
wanxiang receiver is running (wrangler dev, local Queue + R2 + Durable Object)
  callback URL: ${url}
  downstream:   ${vars.DOWNSTREAM_URL}
  confirmation: ${confirmation}

Post a callback:
  curl -sS -X POST '${url}' -H 'Content-Type: application/xml' --data-binary @${sample}
`);

function pickSample() {
  const corpus = join(repoRoot, 'packages/fixtures/corpus/task/Transcode/transcode-workflow-triggered.xml');
  const file = existsSync(corpus) ? corpus : join(exampleDir, 'samples/transcode-success.xml');
  // npm runs this script in the example's folder; print a path that works where `npm start` was typed.
  return relative(process.env.INIT_CWD ?? process.cwd(), file) || file;
}

/** Waits for the port to accept connections (a request would be logged as a refused callback). */
async function waitUntilListening(portNumber) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const open = await new Promise((resolve) => {
      const socket = connect(portNumber, '127.0.0.1', () => resolve(socket.end() && true));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`wrangler dev did not listen on 127.0.0.1:${portNumber} within 60 s`);
}

function parseVars(text) {
  return Object.fromEntries(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#') && line.includes('='))
      .map((line) => [
        line.slice(0, line.indexOf('=')).trim(),
        line
          .slice(line.indexOf('=') + 1)
          .trim()
          .replace(/^"|"$/g, ''),
      ]),
  );
}
