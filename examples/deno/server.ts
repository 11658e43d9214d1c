import { type AllowList, type Confirm, createReceiver, type Logger, type Receiver } from '@wanxiang/receiver';
import { kvArchive } from './kv-archive.ts';
import { type KvForwarderOptions, kvForwarder } from './kv-forwarder.ts';
import { kvReplayRoute } from './kv-replay.ts';

export interface KvReceiverOptions {
  /** Accepted callback URL tokens (two while rotating), at least 16 characters each. */
  tokens: readonly string[];
  /** Optional allow-lists (403 otherwise). */
  allow?: AllowList;
  /** `'deliver'` (default): a callback that deviates below its identity is forwarded, flagged; `'reject'`: 400. */
  invalid?: 'deliver' | 'reject';
  /** Verify by lookup (`createCiConfirm` of `@wanxiang/ci-api`): 403 when CI disagrees, 503 when it cannot be asked. */
  confirm?: Confirm;
  /** Echo-MAC secrets: a callback must echo a `signEcho` value made with one of them (403 otherwise). */
  echoSecrets?: readonly string[];
  /** The KV forwarder's retention, backoff schedule and inline limit. */
  forwarder?: Omit<KvForwarderOptions, 'logger'>;
  /** Default `console`; `false` for silence. */
  logger?: Logger | false;
}

/** The receiver (`@wanxiang/receiver`) with its Forwarder and archive (refused bodies) on `kv`: `receiver.fetch` is a `Deno.serve` handler. */
export function createKvReceiver(kv: Deno.Kv, options: KvReceiverOptions): Receiver {
  return createReceiver({
    tokens: options.tokens,
    forwarder: kvForwarder(kv, { ...options.forwarder, logger: options.logger ?? console }),
    archive: kvArchive(kv),
    ...(options.allow ? { allow: options.allow } : {}),
    ...(options.invalid ? { invalid: options.invalid } : {}),
    ...(options.confirm ? { confirm: options.confirm } : {}),
    ...(options.echoSecrets ? { echo: { secrets: options.echoSecrets } } : {}),
    logger: options.logger ?? console,
  });
}

export interface ServeOptions extends KvReceiverOptions {
  /** REPLAY_TOKEN: turns on `POST /admin/replay` (kv-replay.ts) with this admin token. */
  replayToken?: string;
  /** Default 127.0.0.1. */
  hostname?: string;
  /** Default 8000; 0 picks a free port. */
  port?: number;
  onListen?: (address: Deno.NetAddr) => void;
}

/** `Deno.serve` with the KV receiver as its handler; `server.addr` tells the port, `server.shutdown()` stops it. */
export function serveReceiver(kv: Deno.Kv, options: ServeOptions): Deno.HttpServer<Deno.NetAddr> {
  const receiver = createKvReceiver(kv, options);
  const replay = options.replayToken ? kvReplayRoute(kv, receiver, options.replayToken) : undefined;
  return Deno.serve(
    { hostname: options.hostname ?? '127.0.0.1', port: options.port ?? 8000, onListen: options.onListen ?? (() => {}) },
    async (request, info) => (await replay?.(request)) ?? receiver.fetch(request, info),
  );
}
