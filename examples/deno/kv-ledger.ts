import { type Claim, type Ledger, RETENTION_MS } from '@wanxiang/receiver';

type Entry = { status: 'leased'; holder: string; until: number } | { status: 'delivered'; at: string };

/** `['ledger', key]`: one entry per idempotency key, a live lease or the delivery record. */
export const ledgerKey = (key: string): Deno.KvKey => ['ledger', key];

/**
 * The relay's {@link Ledger} on Deno KV: one entry per idempotency key, changed only by atomic
 * operations that check the versionstamp read just before, so two listeners racing on a key
 * cannot both claim it. A delivered key expires after `retentionMs` ({@link RETENTION_MS}); a
 * lease expires with itself.
 */
export function kvLedger(kv: Deno.Kv, retentionMs: number = RETENTION_MS): Ledger {
  return {
    async claim(key, leaseMs, holder): Promise<Claim> {
      const current = await kv.get<Entry>(ledgerKey(key), { consistency: 'strong' });
      const entry = current.value;
      if (entry?.status === 'delivered') return 'delivered';
      if (entry?.status === 'leased' && entry.until > Date.now()) return 'busy';
      const lease: Entry = { status: 'leased', holder, until: Date.now() + leaseMs };
      const result = await kv.atomic().check(current).set(ledgerKey(key), lease, { expireIn: leaseMs }).commit();
      // Another listener changed the entry between the read and the commit: it holds the key now.
      return result.ok ? 'claimed' : 'busy';
    },
    async complete(key) {
      await kv.set(ledgerKey(key), { status: 'delivered', at: new Date().toISOString() } satisfies Entry, { expireIn: retentionMs });
    },
    async release(key, holder) {
      const current = await kv.get<Entry>(ledgerKey(key), { consistency: 'strong' });
      if (current.value?.status !== 'leased' || current.value.holder !== holder) return;
      await kv.atomic().check(current).delete(ledgerKey(key)).commit();
    },
  };
}
