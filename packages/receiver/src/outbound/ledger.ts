/**
 * What {@link Ledger.claim} decided: `claimed` (this holder may POST now), `delivered` (a POST
 * for this key succeeded, or the downstream said 410 Gone, within the retention: skip it),
 * `busy` (another holder's lease is live: try again later).
 */
export type Claim = 'claimed' | 'delivered' | 'busy';

/**
 * The per-key record that makes delivery exactly once per idempotency key: at most one
 * successful downstream POST per key within the retention, and no key lost. It must be
 * strongly consistent per key (a Durable Object per key, a Deno KV atomic check, a Redis
 * `SET NX PX`): two holders racing on a key must not both get `claimed`.
 *
 * - `claim(key, leaseMs, holder)`: `claimed` records a lease for `holder` that ends after
 *   `leaseMs`; an expired lease is as good as none.
 * - `complete(key)`: the POST succeeded (or was answered 410): remember the key as delivered
 *   for the ledger's retention ({@link RETENTION_MS} by default), whoever holds the lease.
 * - `release(key, holder)`: the POST failed; drop the lease if `holder` still holds it (a
 *   stale holder must not free a lease another holder took after its own expired).
 */
export interface Ledger {
  claim(key: string, leaseMs: number, holder: string): Promise<Claim>;
  complete(key: string): Promise<void>;
  release(key: string, holder: string): Promise<void>;
}
