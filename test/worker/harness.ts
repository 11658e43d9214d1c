// Runs the Cloudflare Worker example inside workerd (Miniflare), configured from its own
// wrangler.jsonc, with a downstream and a probe served by this Node process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare, type MiniflareOptions } from 'miniflare';
import { Webhook } from 'standardwebhooks';
import { workerBundleOptions } from '../../scripts/worker-bundle.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const exampleDir = join(repoRoot, 'examples/cloudflare-worker');

export const TOKEN = 'test-token-0123456789abcdef';
export const WEBHOOK_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
export const DOWNSTREAM_URL = 'https://downstream.example/webhook';

/** One POST the downstream received, after its Standard Webhooks signature verified. */
export interface DownstreamDelivery {
  id: string;
  payload: { type: string; timestamp: string; key: string; data: any; deviations?: any };
}

/** What the test sees of one running Worker. */
export interface WorkerUnderTest {
  mf: Miniflare;
  /** POSTs a body to the callback URL (token in the path unless `path` says otherwise). */
  post(body: BodyInit | null, init?: { contentType?: string | null; path?: string; method?: string; headers?: Record<string, string> }): Promise<Response>;
  /** Queue sends that succeeded, in order. */
  sent: { id: string; keys: string[]; inline: boolean; archiveKey?: string }[];
  /** Queue sends attempted (including failed ones). */
  attempted: string[];
  /** Per message outcome of the consumer. */
  outcomes: { id: string; outcome: 'ack' | 'retry'; queue: string }[];
  /** What the Worker printed (console.log/error), line by line. */
  logs: string[];
  /** Verified downstream deliveries. */
  delivered: DownstreamDelivery[];
  /** Downstream requests whose signature did not verify. */
  forged: number;
  /** Decides whether the next Queue send fails. */
  failQueueSend: () => boolean;
  /** Decides whether the next Queue send never settles. */
  hangQueueSend: () => boolean;
  /** Lets the Queue consumer run (it waits until then when the Worker was started with `consumer: false`). */
  startConsumer(): void;
  /** Decides the downstream's status for the next delivery. */
  downstreamStatus: () => number;
  /** Restarts workerd with these vars over the current ones (an upgrade, a fixed setting); R2 and the ledger are kept. */
  reconfigure(vars: Record<string, string>): Promise<void>;
  /** Every key in the R2 archive. */
  archiveKeys(): Promise<string[]>;
  archived(key: string): Promise<Uint8Array | undefined>;
  /** Resolves when `condition` holds, or throws after `timeoutMs`. */
  waitFor(condition: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  dispose(): Promise<void>;
}

let bundle: Promise<string> | undefined;

/** The probe entry and the Worker, bundled once per test process like wrangler does. */
function bundleWorker(): Promise<string> {
  bundle ??= build(
    workerBundleOptions({
      entryPoints: [join(repoRoot, 'test/worker/probe-entry.ts')],
      alias: {
        '@wanxiang/core': join(repoRoot, 'packages/core/src/index.ts'),
        '@wanxiang/receiver': join(repoRoot, 'packages/receiver/src/index.ts'),
        '@wanxiang/ci-api': join(repoRoot, 'packages/ci-api/src/index.ts'),
      },
    }),
  ).then((result) => result.outputFiles[0]!.text);
  return bundle;
}

/** wrangler.jsonc without its comments. */
export function wranglerConfig(): any {
  const text = readFileSync(join(exampleDir, 'wrangler.jsonc'), 'utf8');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const end = text.indexOf('"', i + 1);
      out += text.slice(i, end + 1);
      i = end;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else out += c;
  }
  return JSON.parse(out);
}

/** Starts the Worker with the bindings wrangler.jsonc declares; `vars` override its vars. */
export async function startWorker(
  vars: Record<string, string> = {},
  {
    consumer = true,
    ciApi,
  }: { consumer?: boolean /** Answers the Worker's requests to CI's API hosts (`*.ci.<region>.myqcloud.com`): a CI API double. */; ciApi?: (request: Request) => Promise<Response> } = {},
): Promise<WorkerUnderTest> {
  const config = wranglerConfig();
  let openConsumer!: () => void;
  const consumerOpen = consumer ? Promise.resolve() : new Promise<void>((resolve) => (openConsumer = resolve));
  const webhook = new Webhook(WEBHOOK_SECRET);
  const state: Pick<WorkerUnderTest, 'sent' | 'attempted' | 'outcomes' | 'delivered' | 'forged' | 'logs' | 'failQueueSend' | 'hangQueueSend' | 'downstreamStatus'> = {
    sent: [],
    attempted: [],
    outcomes: [],
    delivered: [],
    forged: 0,
    logs: [],
    failQueueSend: () => false,
    hangQueueSend: () => false,
    downstreamStatus: () => 204,
  };
  const options: MiniflareOptions = {
    modules: [{ type: 'ESModule', path: join(repoRoot, 'test/worker/worker.mjs'), contents: await bundleWorker() }],
    compatibilityDate: config.compatibility_date,
    bindings: {
      ...config.vars,
      CI_TOKENS: TOKEN,
      WEBHOOK_SECRET,
      DOWNSTREAM_URL,
      FAST_RETRIES: 'true',
      ...vars,
    },
    queueProducers: Object.fromEntries(config.queues.producers.map((p: any) => [p.binding, { queueName: p.queue }])),
    queueConsumers: Object.fromEntries(
      config.queues.consumers.map((c: any) => [
        c.queue,
        // A shorter batch wait than production's, so each test waits milliseconds, not seconds.
        { maxBatchSize: c.max_batch_size, maxBatchTimeout: 0.05, maxRetries: c.max_retries, deadLetterQueue: c.dead_letter_queue },
      ]),
    ),
    r2Buckets: config.r2_buckets.map((b: any) => b.binding),
    durableObjects: Object.fromEntries(config.durable_objects.bindings.map((b: any) => [b.name, { className: b.class_name, useSQLite: true }])),
    serviceBindings: {
      PROBE: async (request: Request) => {
        const what = new URL(request.url).pathname.slice(1);
        const body = await request.json();
        if (what === 'queue-send') {
          state.attempted.push(body.id);
          return new Response(state.failQueueSend() ? 'fail' : state.hangQueueSend() ? 'hang' : 'ok');
        }
        if (what === 'consumer-gate') {
          await consumerOpen;
          return new Response('open');
        }
        if (what === 'queue-sent') state.sent.push(body);
        if (what === 'outcomes') state.outcomes.push(...body);
        return new Response('ok');
      },
    },
    outboundService: async (request: Request) => {
      if (ciApi && /\.ci\.[a-z0-9-]+\.myqcloud\.com$/.test(new URL(request.url).hostname)) return ciApi(request);
      const body = await request.text();
      const headers = Object.fromEntries(request.headers);
      let payload: DownstreamDelivery['payload'];
      try {
        payload = webhook.verify(body, headers) as DownstreamDelivery['payload'];
      } catch {
        state.forged++;
        return new Response('bad signature', { status: 400 });
      }
      const status = state.downstreamStatus();
      if (status < 300) state.delivered.push({ id: headers['webhook-id']!, payload });
      return new Response(null, { status });
    },
  };
  options.handleRuntimeStdio = (stdout: Readable, stderr: Readable) => {
    for (const stream of [stdout, stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => state.logs.push(...chunk.split('\n').filter((line) => line !== '')));
    }
  };
  const mf = new Miniflare(options);
  const url = await mf.ready;

  // The state object is the handle: the arrays fill as the Worker runs, and the two decision
  // functions can be replaced by the test at any time.
  const worker: WorkerUnderTest = Object.assign(state, {
    mf,
    startConsumer: () => openConsumer?.(),
    async reconfigure(vars) {
      options.bindings = { ...options.bindings, ...vars };
      await mf.setOptions(options);
    },
    async post(body, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (init.contentType !== null) headers['content-type'] = init.contentType ?? 'application/xml';
      return mf.dispatchFetch(new URL(init.path ?? `/ci/${TOKEN}`, url), {
        method: init.method ?? 'POST',
        headers,
        body: body as any,
        ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
      } as any) as unknown as Promise<Response>;
    },
    async archiveKeys() {
      const bucket = await mf.getR2Bucket('ARCHIVE');
      const keys: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await bucket.list({ cursor, limit: 1000 });
        keys.push(...page.objects.map((object) => object.key));
        cursor = page.truncated ? page.cursor : undefined;
      } while (cursor);
      return keys;
    },
    async archived(key) {
      const bucket = await mf.getR2Bucket('ARCHIVE');
      const object = await bucket.get(key);
      return object ? new Uint8Array(await object.arrayBuffer()) : undefined;
    },
    async waitFor(condition, what, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    dispose: () => mf.dispose(),
  } satisfies Omit<WorkerUnderTest, keyof typeof state>);
  return worker;
}
