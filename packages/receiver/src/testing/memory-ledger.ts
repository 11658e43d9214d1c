import type { Claim, Ledger } from '../outbound/ledger.js';
import { RETENTION_MS } from '../outbound/retention.js';

/**
 * A {@link Ledger} in one process's memory: for tests and single-process development only
 * (it forgets everything on restart and is not shared between processes).
 */
export function createMemoryLedger(options: { retentionMs?: number; now?: () => number } = {}): Ledger {
  const retentionMs = options.retentionMs ?? RETENTION_MS;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { status: 'leased'; holder: string; until: number } | { status: 'delivered'; until: number }>();
  return {
    async claim(key, leaseMs, holder): Promise<Claim> {
      const entry = entries.get(key);
      const time = now();
      if (entry && entry.until > time) return entry.status === 'delivered' ? 'delivered' : 'busy';
      entries.set(key, { status: 'leased', holder, until: time + leaseMs });
      return 'claimed';
    },
    async complete(key) {
      entries.set(key, { status: 'delivered', until: now() + retentionMs });
    },
    async release(key, holder) {
      const entry = entries.get(key);
      if (entry?.status === 'leased' && entry.holder === holder) entries.delete(key);
    },
  };
}
