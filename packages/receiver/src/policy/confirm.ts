import type { CallbackEvent } from '@wanxiang/core';
import { excerpt } from '@wanxiang/core';
import { ReceiverError } from '../errors/receiver-error.js';
import { settleWithin } from '../forward/deadline.js';

/** What a {@link Confirm} found: CI's record agrees with the callback, or it does not (and where). */
export type Confirmation =
  | {
      confirmed: true;
      /** CI's own record of what the callback reports (the looked-up jobs, run or moderation job): forwarded as `Delivery.record`. */
      record: unknown;
    }
  | {
      confirmed: false;
      /** Why not, for the 403's message and `onError`: `no such job at CI`, `State is Failed at CI, Success in the callback`. */
      reason: string;
      /** The dotted path in the callback at fault (`JobsDetail.0.State`), when one is. */
      path?: string;
    };

/**
 * Looks a callback up at CI and compares: the receiver's `confirm` option. Resolves a
 * {@link Confirmation}; rejects, or stays pending past `confirmTimeoutMs`, when CI could not
 * answer (so the receiver answers 503 and CI delivers again). `signal` aborts at the deadline:
 * pass it to `fetch`. `createCiConfirm` of `@wanxiang/ci-api` is one; any function of this shape is.
 */
export type Confirm = (event: CallbackEvent, context: { signal: AbortSignal }) => Promise<Confirmation>;

/**
 * Runs `confirm` within `timeoutMs`: CI's record, or the error to answer with — UNCONFIRMED
 * (403) when CI's record disagrees or is missing, CONFIRM_FAILED (503) when the lookup failed
 * or answered something that is not a {@link Confirmation}, CONFIRM_TIMEOUT (503) past the deadline.
 */
export async function confirmEvent(confirm: Confirm, event: CallbackEvent, timeoutMs: number): Promise<{ record: unknown } | ReceiverError> {
  const controller = new AbortController();
  const settled = await settleWithin(() => confirm(event, { signal: controller.signal }), timeoutMs);
  if (settled.status === 'timeout') {
    controller.abort(new ReceiverError('CONFIRM_TIMEOUT', `CI did not answer the lookup within ${timeoutMs} ms`));
    return new ReceiverError('CONFIRM_TIMEOUT', `CI did not answer the lookup within ${timeoutMs} ms`);
  }
  if (settled.status === 'rejected') return new ReceiverError('CONFIRM_FAILED', 'The lookup at CI failed', { cause: settled.reason });
  const found = settled.value as unknown;
  if (typeof found !== 'object' || found === null || typeof (found as { confirmed?: unknown }).confirmed !== 'boolean') {
    return new ReceiverError('CONFIRM_FAILED', 'The lookup at CI answered something that is not a Confirmation');
  }
  const confirmation = found as Confirmation;
  if (confirmation.confirmed) return { record: confirmation.record };
  const reason = excerpt(typeof confirmation.reason === 'string' ? confirmation.reason : 'CI has no matching record');
  const path = typeof confirmation.path === 'string' ? excerpt(confirmation.path) : '';
  return new ReceiverError('UNCONFIRMED', `Not confirmed by CI: ${path ? `${path}: ` : ''}${reason}`, { issues: [{ path, message: reason }] });
}
