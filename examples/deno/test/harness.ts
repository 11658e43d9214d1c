// The example as it runs, minus main.ts's environment: the real receiver (Deno.serve on port 0,
// as createKvReceiver builds it), an in-memory Deno KV, the real queue listener (createDeliver) and a
// downstream that verifies every Standard Webhooks signature with the `standardwebhooks`
// package (not our own signing). The forwarder can be made to reject or hang, and the listener
// started late, for the conformance suite.
import { type Confirm, createReceiver, isRelayMessage, type RelayMessage } from '@wanxiang/receiver';
import type { SendMode } from '@wanxiang/receiver/testing';
import { Webhook } from 'standardwebhooks';
import { createDeliver } from '../deliver.ts';
import { kvArchive } from '../kv-archive.ts';
import { type KvForwarderOptions, kvForwarder } from '../kv-forwarder.ts';
import { kvReplayRoute } from '../kv-replay.ts';

/** The admin token of the replay route, when the harness was started with `replay: true`. */
export const REPLAY_TOKEN = 'deno-replay-token-0123456789';

export const TOKEN = 'deno-test-token-0123456789';
export const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

/** One POST the downstream verified and accepted (2xx). */
export interface Downstream {
  id: string;
  // deno-lint-ignore no-explicit-any
  payload: any;
}

export interface Answer {
  status: number;
  headers: Headers;
  // deno-lint-ignore no-explicit-any
  body: any;
}

export interface PostOptions {
  contentType?: string;
  headers?: Record<string, string>;
  /** The token in the path (`/ci/<token>`); `null` for none. Default {@link TOKEN}. */
  token?: string | null;
  /** A URL suffix such as `?token=…`, appended after the path. */
  query?: string;
  method?: string;
}

export interface Harness {
  kv: Deno.Kv;
  /** Every queue message the listener received, in order, once per attempt. */
  messages: RelayMessage[];
  /** Every distinct relay message the listener received, in order (`messages` without the retries). */
  forwarded: RelayMessage[];
  /** Every line the receiver and the listener logged. */
  logs: string[];
  /** How the forwarder's next sends behave. */
  sendMode(mode: SendMode): void;
  /** Starts the queue listener when the harness was started with `consumer: false`. */
  startConsumer(): void;
  /** Every delivery the downstream verified and accepted. */
  delivered: Downstream[];
  /** Downstream POSTs whose signature did not verify. */
  forged: number;
  /** Downstream POSTs answered 500 on purpose (see `failDownstream`). */
  refused: number;
  /** The downstream answers 500 to the next `n` POSTs (`Infinity`: all). */
  failDownstream(n: number): void;
  post(body: BodyInit | null, options?: PostOptions): Promise<Answer>;
  /** POSTs `/admin/replay?<query>` with the admin token (or `authorization` as given). */
  replay(query: string, authorization?: string): Promise<Answer>;
  /** A new receiver on the same KV, as after an upgrade or a configuration change. */
  reconfigure(options: { invalid?: 'deliver' | 'reject' }): void;
  /** Resolves once the queue holds nothing that was ready before the call and no handler is running. */
  drain(): Promise<void>;
  waitFor(predicate: () => boolean | Promise<boolean>, what: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Retention, backoff schedule, inline limit of the KV forwarder. */
  forwarder?: Omit<KvForwarderOptions, 'logger'>;
  /** Use this KV instead of a new in-memory one. */
  kv?: Deno.Kv;
  /** `false`: no queue listener until `startConsumer()`. Default true. */
  consumer?: boolean;
  /** The receiver's forward deadline. Default the receiver's. */
  forwardTimeoutMs?: number;
  /** The receiver's `invalid` policy. Default the receiver's (`'deliver'`). */
  invalid?: 'deliver' | 'reject';
  /** Serve `POST /admin/replay` with {@link REPLAY_TOKEN}, as main.ts does when REPLAY_TOKEN is set. */
  replay?: boolean;
  /** The receiver's `confirm` (main.ts passes configFromEnv's). */
  confirm?: Confirm;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const kv = options.kv ?? (await Deno.openKv(':memory:'));
  const messages: RelayMessage[] = [];
  const forwarded: RelayMessage[] = [];
  const logs: string[] = [];
  const capture = (message: string) => logs.push(...message.split('\n'));
  const logger = { info: capture, warn: capture, error: capture };
  let mode: SendMode = 'ok';
  const delivered: Downstream[] = [];
  const sentinels = new Set<number>();
  let failures = 0;
  let inFlight = 0;
  let sentinel = 0;

  const webhook = new Webhook(SECRET);
  const state = { forged: 0, refused: 0 };
  const downstream = Deno.serve({ hostname: '127.0.0.1', port: 0, onListen() {} }, async (request) => {
    const body = await request.text();
    try {
      const payload = webhook.verify(body, Object.fromEntries(request.headers));
      if (failures > 0) {
        failures--;
        state.refused++;
        return new Response('failing on purpose', { status: 500 });
      }
      delivered.push({ id: request.headers.get('webhook-id')!, payload });
      return new Response(null, { status: 204 });
    } catch {
      state.forged++;
      return new Response('bad signature', { status: 400 });
    }
  });

  const deliver = createDeliver(kv, {
    downstreamUrl: `http://127.0.0.1:${downstream.addr.port}/webhook`,
    webhookSecret: SECRET,
    logger,
  });
  let listening: Promise<void> | undefined;
  const startConsumer = () => {
    listening ??= kv.listenQueue(async (value: unknown) => {
      if (typeof value === 'object' && value !== null && 'sentinel' in value) {
        sentinels.add((value as { sentinel: number }).sentinel);
        return;
      }
      if (isRelayMessage(value)) {
        messages.push(value);
        if (!forwarded.some((message) => JSON.stringify(message) === JSON.stringify(value))) forwarded.push(value);
      }
      inFlight++;
      try {
        await deliver(value);
      } finally {
        inFlight--;
      }
    });
  };
  if (options.consumer !== false) startConsumer();

  // The receiver as createKvReceiver builds it, with its forwarder wrapped so that it rejects
  // or never settles on demand.
  const forwarder = kvForwarder(kv, { ...options.forwarder, logger });
  const archive = kvArchive(kv);
  const build = (invalid: 'deliver' | 'reject' | undefined) => {
    const receiver = createReceiver({
      tokens: [TOKEN],
      logger,
      archive,
      ...(options.forwardTimeoutMs ? { forwardTimeoutMs: options.forwardTimeoutMs } : {}),
      ...(invalid ? { invalid } : {}),
      ...(options.confirm ? { confirm: options.confirm } : {}),
      forwarder: {
        send(delivery) {
          if (mode === 'reject') return Promise.reject(new Error('injected forwarder failure'));
          if (mode === 'hang') return new Promise<never>(() => {});
          return forwarder.send(delivery);
        },
      },
    });
    return { receiver, replay: options.replay ? kvReplayRoute(kv, receiver, REPLAY_TOKEN) : undefined };
  };
  let current = build(options.invalid);
  const server = Deno.serve({ hostname: '127.0.0.1', port: 0, onListen() {} }, async (request, info) => (await current.replay?.(request)) ?? current.receiver.fetch(request, info));
  const base = `http://127.0.0.1:${server.addr.port}`;

  const waitFor: Harness['waitFor'] = async (predicate, what, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await predicate())) {
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  return {
    kv,
    messages,
    forwarded,
    logs,
    sendMode(next) {
      mode = next;
    },
    startConsumer,
    delivered,
    get forged() {
      return state.forged;
    },
    get refused() {
      return state.refused;
    },
    failDownstream(n) {
      failures = n;
    },
    async post(body, { contentType, headers = {}, token = TOKEN, query = '', method = 'POST' } = {}) {
      const path = token === null ? '/ci/' : `/ci/${encodeURIComponent(token)}`;
      const response = await fetch(`${base}${path}${query}`, {
        method,
        headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers },
        body,
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
    },
    async replay(query, authorization = `Bearer ${REPLAY_TOKEN}`) {
      const response = await fetch(`${base}/admin/replay?${query}`, { method: 'POST', headers: { authorization } });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
    },
    reconfigure({ invalid }) {
      current = build(invalid);
    },
    async drain() {
      // KV queues deliver in order of readiness (in milliseconds; messages ready in the same
      // millisecond come in any order): once a message ready 2 ms from now comes through, every
      // message that was ready before the call has been handed to the listener.
      const mark = ++sentinel;
      await kv.enqueue({ sentinel: mark }, { delay: 2 });
      await waitFor(() => sentinels.has(mark) && inFlight === 0, 'the queue to drain');
    },
    waitFor,
    async close() {
      await server.shutdown();
      await downstream.shutdown();
      kv.close();
      await listening;
    },
  };
}
