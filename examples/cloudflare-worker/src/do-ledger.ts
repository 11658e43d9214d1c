import type { Ledger } from '@wanxiang/receiver';
import type { DeliveryLedger } from './delivery-ledger.js';

/** The relay's {@link Ledger} on the `LEDGER` namespace: one Durable Object per idempotency key. */
export function durableObjectLedger(namespace: DurableObjectNamespace<DeliveryLedger>): Ledger {
  const entry = (key: string) => namespace.get(namespace.idFromName(key));
  return {
    claim: (key, leaseMs, holder) => entry(key).claim(leaseMs, holder),
    complete: (key) => entry(key).complete(),
    release: (key, holder) => entry(key).release(holder),
  };
}
