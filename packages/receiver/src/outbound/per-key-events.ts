import type { CallbackEvent } from '@wanxiang/core';
import { RelayError, RelayErrorCode } from './relay-error.js';

/** One downstream message: the key (its `webhook-id`) and the event as far as it concerns that key. */
export interface KeyedEvent {
  key: string;
  event: CallbackEvent;
}

/**
 * The event split per idempotency key. A TaskFinish with N jobs has N keys, one per job: key
 * i gets the event narrowed to job i (`JobsDetail: [job i]`), so that a job delivered alone
 * and again inside a two-job callback reaches the downstream once. Any other event, or a
 * TaskFinish keyed by one digest, has one key and goes whole. A key repeated within the
 * message (the same job twice) is delivered once.
 *
 * @throws RelayError `KEYS_MISMATCH` when the keys cannot be matched to the event's jobs.
 */
export function perKeyEvents(event: CallbackEvent, keys: readonly string[]): KeyedEvent[] {
  let pairs: KeyedEvent[];
  if (keys.length === 1) pairs = [{ key: keys[0]!, event }];
  else if (event.EventName === 'TaskFinish' && Array.isArray(event.JobsDetail) && event.JobsDetail.length === keys.length) {
    pairs = keys.map((key, index) => ({ key, event: { ...event, JobsDetail: [event.JobsDetail[index]!] } }) as KeyedEvent);
  } else {
    throw new RelayError(RelayErrorCode.KEYS_MISMATCH, 'keys', `${keys.length} keys do not match the event's jobs`);
  }
  const unique = new Map<string, KeyedEvent>();
  for (const pair of pairs) if (!unique.has(pair.key)) unique.set(pair.key, pair);
  return [...unique.values()];
}
