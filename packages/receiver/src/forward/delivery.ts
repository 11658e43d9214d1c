import type { CallbackEvent, Deviations } from '@wanxiang/core';

/** One accepted callback, as the receiver hands it to the {@link Forwarder}. */
export interface Delivery {
  /** The delivery's idempotency key: its one key, or the digest of its keys when there are several. Use it as a message or webhook id. */
  id: string;
  /** One idempotency key per job (`JobId:State`), or the workflow `RunId`, or the moderation `JobId`. */
  keys: string[];
  /** The normalized, validated event: every field it has fits its schema. */
  event: CallbackEvent;
  /**
   * Present when the callback differed from Tencent's field tables below its identity: the
   * values moved out of `event` (raw, with their dotted paths) and the issues found in them.
   * The flag to branch on: `if (delivery.deviations)`. Never set with `invalid: 'reject'`.
   */
  deviations?: Deviations;
  /** The body bytes exactly as CI sent them. */
  raw: Uint8Array<ArrayBuffer>;
  /** The request's `Content-Type`, or `null`. */
  contentType: string | null;
  /** The request's `X-Ci-Content-Version` (moderation `Simple`/`Detail`), or `null`. */
  contentVersion: string | null;
  /** When the receiver read the request (ISO 8601, UTC). */
  receivedAt: string;
  /** Where the {@link Archive} stored `raw`, when one is configured and the store succeeded. */
  archiveKey?: string;
  /** CI's own record of what the callback reports, as the receiver's `confirm` looked it up; absent without `confirm`. */
  record?: unknown;
}

/**
 * The one seam where a runtime plugs in its delivery: a queue, a KV store, a test double.
 * `send` resolves once the delivery is durable; the receiver awaits it and answers 200 only
 * then, and 503 (so that CI delivers again) when it rejects or has not settled within
 * `forwardTimeoutMs`. `send` is called once per request; a late settlement is ignored. What it
 * resolves to is ignored, so a client's own call can be returned as it is:
 * `send: (delivery) => env.EVENTS.send(...)` (a Workers Queue resolves to a `QueueSendResponse`).
 */
export interface Forwarder {
  send(delivery: Delivery): Promise<unknown>;
}

/** A body kept for audit and replay, before the receiver answers. */
export interface ArchiveEntry {
  /**
   * `accepted`: parsed and about to be forwarded. `rejected`: authenticated but not a valid
   * callback (400). `forbidden`: a valid callback refused by the allow-list (403), kept so that a
   * misconfigured list loses nothing: replay it once the list is fixed. `unconfirmed`: a
   * valid callback that `confirm` did not confirm (403) or could not look up (503), kept so
   * that nothing is lost while CI's API is down: replay it once it answers.
   */
  status: 'accepted' | 'rejected' | 'forbidden' | 'unconfirmed';
  /**
   * A storage key by date and idempotency key: `events/2026-11-21/<id>.xml` for accepted
   * bodies (a repeated delivery overwrites the same object),
   * `rejected/2026-11-21/<time>-<digest>.json` for rejected ones and
   * `forbidden/2026-11-21/<time>-<digest>.xml` for forbidden ones, `unconfirmed/2026-11-21/<digest>.xml`
   * for unconfirmed ones (one object however often CI delivers the same body again).
   */
  key: string;
  raw: Uint8Array<ArrayBuffer>;
  contentType: string | null;
  /** The `X-Ci-Content-Version` header (Simple or Detail moderation), needed to read the body again. */
  contentVersion: string | null;
  receivedAt: string;
  /** The delivery id, for accepted bodies. */
  id?: string;
  /** Why the body was refused, for rejected, forbidden and unconfirmed bodies. */
  error?: { code: string; message: string };
}

/**
 * Where raw bodies are kept (R2, a KV store, a file). Optional; a failure is reported, never fatal
 * by itself. The receiver awaits `put` before it answers, for at most `archiveTimeoutMs` (a
 * `put` still pending then counts as a failure, ARCHIVE_TIMEOUT); what it resolves to is ignored
 * (`put: (entry) => env.ARCHIVE.put(entry.key, entry.raw)` resolves to an R2 object).
 */
export interface Archive {
  put(entry: ArchiveEntry): Promise<unknown>;
}
