import { AsyncLocalStorage } from 'node:async_hooks';
import type { Delivery } from '@wanxiang/receiver';

/**
 * What one request came to beyond its status: the delivery the receiver made of it and what the
 * relay did with it. The receiver's answer carries neither the event nor the relay's outcome, so
 * the forwarder leaves them here for the line `listen` prints.
 */
export interface RequestOutcome {
  delivery?: Delivery;
  /** `duplicate`: every key was delivered already, so nothing was POSTed. */
  relay?: 'delivered' | 'duplicate' | 'logged' | 'gone';
  /** Why the relay could not deliver (the answer is then 503). */
  failure?: string;
  /** The downstream's `Retry-After`, in ms, passed on to the sender. */
  retryAfterMs?: number;
}

/**
 * One slot per request: the forwarder runs inside the request's `fetch`, so it finds the slot of
 * its own request however many are in flight.
 */
export const requestOutcomes = new AsyncLocalStorage<RequestOutcome>();
