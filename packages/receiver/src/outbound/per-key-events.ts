import type { CallbackEvent, Deviations } from '@wanxiang/core';
import { RelayError, RelayErrorCode } from './relay-error.js';

/** One downstream message: the key (its `webhook-id`) and the event as far as it concerns that key. */
export interface KeyedEvent {
  key: string;
  event: CallbackEvent;
  /** What the lenient reading moved out of this event (narrowed to its job, like the event); absent when nothing was. */
  deviations?: Deviations;
  /** CI's record of this event (narrowed to its job, like the event), when the receiver confirmed it. */
  record?: unknown;
}

/**
 * The event split per idempotency key. A TaskFinish with N jobs has N keys, one per job: key
 * i gets the event narrowed to job i (`JobsDetail: [job i]`), so that a job delivered alone
 * and again inside a two-job callback reaches the downstream once. Any other event, or a
 * TaskFinish keyed by one digest, has one key and goes whole. A key repeated within the
 * message (the same job twice) is delivered once. `deviations` are narrowed the same way: job i
 * gets those under `JobsDetail.i`, renumbered `JobsDetail.0`, and those outside any job; and
 * CI's `record`, whose `JobsDetail` lists the jobs in the callback's order, to its job i.
 *
 * @throws RelayError `KEYS_MISMATCH` when the keys cannot be matched to the event's jobs.
 */
export function perKeyEvents(event: CallbackEvent, keys: readonly string[], deviations?: Deviations, record?: unknown): KeyedEvent[] {
  let pairs: KeyedEvent[];
  if (keys.length === 1) pairs = [{ key: keys[0]!, event, ...(deviations ? { deviations } : {}), ...(record !== undefined ? { record } : {}) }];
  else if (event.EventName === 'TaskFinish' && Array.isArray(event.JobsDetail) && event.JobsDetail.length === keys.length) {
    pairs = keys.map((key, index) => {
      const narrowed = deviations && deviationsOfJob(deviations, index);
      const own = record !== undefined ? recordOfJob(record, index, keys.length) : undefined;
      return { key, event: { ...event, JobsDetail: [event.JobsDetail[index]!] }, ...(narrowed ? { deviations: narrowed } : {}), ...(own !== undefined ? { record: own } : {}) } as KeyedEvent;
    });
  } else {
    throw new RelayError(RelayErrorCode.KEYS_MISMATCH, 'keys', `${keys.length} keys do not match the event's jobs`);
  }
  const unique = new Map<string, KeyedEvent>();
  for (const pair of pairs) if (!unique.has(pair.key)) unique.set(pair.key, pair);
  return [...unique.values()];
}

/**
 * The deviations of job `index` alone, its paths renumbered as in the narrowed event, or
 * `undefined` when none is its own. When the report was cut (more values or issues than it
 * lists), every job keeps the flag, with the whole callback's counts and what of the listed
 * values is its own (perhaps none): what was not listed cannot be placed, and a job whose
 * values were among them must not reach the downstream unflagged.
 */
function deviationsOfJob(deviations: Deviations, index: number): Deviations | undefined {
  const own = (path: string) => path === `JobsDetail.${index}` || path.startsWith(`JobsDetail.${index}.`) || !/^JobsDetail\.\d+(?:\.|$)/.test(path);
  const renumber = (path: string) => (path.startsWith('JobsDetail.') && own(path) ? path.replace(/^JobsDetail\.\d+/, 'JobsDetail.0') : path);
  const values = deviations.values.filter((value) => own(value.path)).map((value) => ({ ...value, path: renumber(value.path) }));
  const complete = deviations.count === deviations.values.length && deviations.issueCount === deviations.issues.length;
  if (values.length === 0 && complete) return undefined;
  const issues = deviations.issues.filter((issue) => own(issue.path)).map((issue) => ({ ...issue, path: renumber(issue.path) }));
  return { values, count: complete ? values.length : deviations.count, issues, issueCount: complete ? issues.length : deviations.issueCount };
}

/** CI's record narrowed to job `index` (`JobsDetail: [job i]`), when it lists one job per key; else whole. */
function recordOfJob(record: unknown, index: number, jobs: number): unknown {
  const list = typeof record === 'object' && record !== null ? (record as { JobsDetail?: unknown }).JobsDetail : undefined;
  return Array.isArray(list) && list.length === jobs ? { ...(record as object), JobsDetail: [list[index]] } : record;
}
