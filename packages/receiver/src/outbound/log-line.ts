import { type CallbackEvent, excerpt } from '@wanxiang/core';
import { describeEvent } from './describe-event.js';

/** What happened to one key, as a log line says it. */
export type RelayLogOutcome = 'delivered' | 'logged' | 'duplicate' | 'gone' | 'busy' | 'retry' | 'dead-letter' | 'invalid';

/** What a log line is about; every string here may come from a body. */
export interface RelayLogEntry {
  outcome: RelayLogOutcome;
  /** The idempotency key (or the message id when no key applies). */
  key?: string;
  event?: CallbackEvent;
  /** Why: an error message, a status, where a dead letter was kept. */
  detail?: string;
}

const WORDS: Record<RelayLogOutcome, string> = {
  delivered: 'delivered',
  logged: 'logged (no downstream)',
  duplicate: 'duplicate dropped (already delivered)',
  gone: 'stopped: the downstream answered 410 Gone',
  busy: 'busy: another consumer holds it, retried later',
  retry: 'failed, retried later',
  'dead-letter': 'gave up after its retries, kept as a dead letter',
  invalid: 'refused: not a relay message',
};

/** The longest detail (an error message) a line quotes. */
const MAX_DETAIL = 200;

/**
 * The one log line of the relay layer: `wanxiang: <event> → <outcome> [<key>]: <detail>`.
 * The event, the key and the detail all derive from the body, so each is escaped and bounded
 * ({@link excerpt}): a value with CR/LF, ANSI escapes or bidirectional overrides cannot start
 * a second line, recolour the terminal or forge a "delivered" line for another key.
 */
export function relayLogLine(entry: RelayLogEntry): string {
  const what = entry.event ? `${describeEvent(entry.event)} → ` : '';
  const key = entry.key === undefined ? '' : ` [${excerpt(entry.key, 200)}]`;
  const detail = entry.detail === undefined ? '' : `: ${excerpt(entry.detail, MAX_DETAIL)}`;
  return `wanxiang: ${what}${WORDS[entry.outcome]}${key}${detail}`;
}
