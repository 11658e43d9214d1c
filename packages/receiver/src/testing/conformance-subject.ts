import type { WebhookPayload } from '../outbound/webhook-payload.js';

/** How the forwarder's `send` behaves from now on: succeed, reject, or never settle. */
export type SendMode = 'ok' | 'reject' | 'hang';

/** One downstream POST whose Standard Webhooks signature verified and which was answered 2xx. */
export interface DownstreamPost {
  /** The `webhook-id` header. */
  id: string;
  payload: WebhookPayload;
}

/** One message the forwarder handed its queue. */
export interface ForwardedMessage {
  id: string;
  keys: readonly string[];
  /** `true`: the event inline; `false`: a reference to the stored raw body. */
  inline: boolean;
}

/**
 * One running system under test: a receiver (`createReceiver` with the subject's forwarder),
 * its queue, the consumer (`createRelay` with the subject's ledger and store) and a downstream
 * that verifies every signature.
 */
export interface ConformanceSystem {
  /** POSTs a callback body to the receiver with a valid token; resolves to the answer's status. */
  post(body: string, contentType?: string): Promise<number>;
  /** Starts the consumer when the system was started without it (a consumer started after `send` resolved); else a no-op. */
  startConsumer(): Promise<void>;
  /** How the forwarder's next sends behave (default `ok`). */
  sendMode(mode: SendMode): void;
  /** Verified downstream POSTs answered 2xx, in arrival order. */
  delivered(): readonly DownstreamPost[];
  /** Messages the forwarder handed its queue, in order. */
  forwarded(): readonly ForwardedMessage[];
  /** Every line the system logged (receiver and consumer), one string per line as the runtime printed it. */
  logs(): readonly string[];
  close(): Promise<void>;
}

/** A forwarder (with its ledger and body store) as the conformance suite drives it. */
export interface ForwarderSubject {
  /** Names the subject in failures: `Cloudflare Queue`, `Deno KV`, `Redis Streams`. */
  name: string;
  /** The receiver's forward deadline (`createReceiver({ forwardTimeoutMs })`) this subject runs with. */
  forwardTimeoutMs: number;
  /** The forwarder's inline limit: a body over it must travel by reference. */
  maxInlineBytes: number;
  /** How long a case waits for the downstream. Default 20 s. */
  settleMs?: number;
  /** How long a case watches for a duplicate after the expected POSTs arrived. Default 1 s. */
  quietMs?: number;
  /** A fresh system (its own queue, ledger and downstream), its consumer running unless `consumer` is false. */
  start(options: { consumer: boolean }): Promise<ConformanceSystem>;
}

/** One named case; `run` rejects with what went wrong. */
export interface ConformanceCase {
  name: string;
  run(): Promise<void>;
}
