import type { CallbackEvent } from '@wanxiang/core';
import type { Deliverer } from './deliverer.js';
import { relayMessageProblem } from './is-relay-message.js';
import type { Claim, Ledger } from './ledger.js';
import { type RelayLogOutcome, relayLogLine } from './log-line.js';
import { type KeyedEvent, perKeyEvents } from './per-key-events.js';
import { type RawBodyStore, relayEvent } from './relay-event.js';
import type { RelayMessage } from './relay-message.js';
import { DEFAULT_LEASE_MS } from './retention.js';

/** Where the relay writes its lines: `console` fits. */
export interface RelayLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Options of {@link createRelay}. */
export interface RelayOptions {
  /** The per-key record: a Durable Object, Deno KV, Redis. */
  ledger: Ledger;
  /** The downstream; absent: each event is only logged (and still recorded, once per key). */
  deliverer?: Deliverer;
  /** Where raw bodies referenced by large messages are read back. */
  store?: RawBodyStore;
  /** Default `console`; `false` for silence. */
  logger?: RelayLogger | false;
}

/** What happened to one key of a message. */
export interface KeyResult {
  key: string;
  outcome: 'delivered' | 'logged' | 'duplicate' | 'gone' | 'busy' | 'retry';
  /** Why a key is to be retried. */
  reason?: string;
  /** The downstream's `Retry-After` for this key, in ms. */
  retryAfterMs?: number;
}

/**
 * What to do with the queue message:
 * - `done`: every key was delivered, already delivered, logged or answered 410: acknowledge it.
 * - `retry`: some key is not done (its POST failed, another consumer holds it, the raw body
 *   could not be read): hand it back to the queue; keys already done are skipped next time.
 *   `retryAfterMs` is the longest `Retry-After` the downstream asked for, if any.
 * - `invalid`: not a relay message (`problem` is the dotted path at fault): nothing was done.
 */
export type RelayResult = { status: 'done'; keys: KeyResult[] } | { status: 'retry'; keys: KeyResult[]; reason: string; retryAfterMs?: number } | { status: 'invalid'; problem: string };

/** Takes queue messages to the downstream, exactly once per idempotency key. */
export interface Relay {
  /** Handles one value a queue handed over; never throws (a failure is a `retry`). */
  handle(value: unknown): Promise<RelayResult>;
}

/**
 * The consumer side shared by every forwarder. For each message: read the event (inline, or
 * its raw body back from `store`), split it per key (`perKeyEvents`), and for each key claim it
 * in the ledger, POST it (`webhook-id` = the key) and record it. A key the ledger knows as
 * delivered is skipped; a key another consumer holds, or whose POST failed, makes the message
 * a `retry`, so that no key is lost and none is POSTed twice successfully (within the ledger's
 * retention, and short of a POST the downstream took whose answer never came back: the
 * downstream de-duplicates those on `webhook-id`).
 */
export function createRelay(options: RelayOptions): Relay {
  const { ledger, deliverer, store } = options;
  const logger = options.logger === false ? undefined : (options.logger ?? console);
  const leaseMs = deliverer?.leaseMs ?? DEFAULT_LEASE_MS;

  const log = (outcome: RelayLogOutcome, key: string, event: CallbackEvent | undefined, detail?: string) => {
    const line = relayLogLine({ outcome, key, ...(event ? { event } : {}), ...(detail === undefined ? {} : { detail }) });
    if (outcome === 'retry' || outcome === 'busy') logger?.warn(line);
    else logger?.info(line);
  };

  const deliverKey = async ({ key, event, deviations, record }: KeyedEvent, message: RelayMessage, holder: string): Promise<KeyResult> => {
    let claim: Claim;
    try {
      claim = await ledger.claim(key, leaseMs, holder);
    } catch (error) {
      return failed(key, event, `the ledger could not claim the key: ${reason(error)}`);
    }
    if (claim === 'delivered') {
      log('duplicate', key, event);
      return { key, outcome: 'duplicate' };
    }
    if (claim === 'busy') {
      log('busy', key, event);
      return { key, outcome: 'busy', reason: 'another consumer holds the key' };
    }
    const posted = deliverer ? await deliverer.post(key, message.receivedAt, event, deviations, record) : undefined;
    if (posted?.kind === 'retry') {
      await ledger.release(key, holder).catch(() => undefined);
      return failed(key, event, posted.reason, posted.retryAfterMs);
    }
    try {
      await ledger.complete(key);
    } catch (error) {
      // The POST went through but is not recorded: the lease stays, and the retry after it
      // expires may POST again. Said loudly, since it is the one way to a second POST.
      return failed(key, event, `delivered, but the ledger could not record it: ${reason(error)}`);
    }
    const outcome = posted === undefined ? 'logged' : posted.kind === 'gone' ? 'gone' : 'delivered';
    log(outcome, key, event, deviations && `flagged: ${deviations.count} value(s) moved out of the event, first at ${deviations.values[0]?.path ?? '?'}`);
    return { key, outcome };
  };

  const failed = (key: string, event: CallbackEvent, why: string, retryAfterMs?: number): KeyResult => {
    log('retry', key, event, why);
    return { key, outcome: 'retry', reason: why, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  };

  return {
    async handle(value) {
      const problem = relayMessageProblem(value);
      if (problem !== undefined) {
        logger?.warn(relayLogLine({ outcome: 'invalid', detail: `at ${problem}` }));
        return { status: 'invalid', problem };
      }
      const message = value as RelayMessage;
      let pairs: KeyedEvent[];
      try {
        const { event, deviations, record } = await relayEvent(message, store);
        pairs = perKeyEvents(event, message.keys, deviations, record);
      } catch (error) {
        const why = `its event could not be read: ${reason(error)}`;
        logger?.error(relayLogLine({ outcome: 'retry', key: message.id, detail: why }));
        return { status: 'retry', keys: [], reason: why };
      }
      const holder = crypto.randomUUID();
      const keys = await Promise.all(pairs.map((pair) => deliverKey(pair, message, holder)));
      const pending = keys.filter((result) => result.outcome === 'retry' || result.outcome === 'busy');
      if (pending.length === 0) return { status: 'done', keys };
      const waits = pending.map((result) => result.retryAfterMs).filter((wait): wait is number => wait !== undefined);
      return {
        status: 'retry',
        keys,
        reason: pending.map((result) => result.reason).join('; '),
        ...(waits.length > 0 ? { retryAfterMs: Math.max(...waits) } : {}),
      };
    },
  };
}

function reason(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    return 'an error that cannot be printed';
  }
}
