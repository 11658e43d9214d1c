/**
 * How long a ledger remembers a delivered key: a repeat within this window is dropped. CI
 * repeats a callback within minutes to hours; a week covers that and a replay from the archive
 * or a dead letter the same week. Every ledger (Durable Object, Deno KV, Redis) uses this one
 * value unless told otherwise.
 */
export const RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * How long one attempt holds a key in the ledger before another consumer may try it. The
 * downstream POST's deadline is shorter (see {@link DEFAULT_POST_TIMEOUT_MS}), so a lease never
 * runs out while its POST may still be in flight.
 */
export const DEFAULT_LEASE_MS = 60_000;

/** The default deadline of one downstream POST, headers and drained answer included: well below the lease. */
export const DEFAULT_POST_TIMEOUT_MS = 15_000;
