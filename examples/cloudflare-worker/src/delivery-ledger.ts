import { DurableObject } from 'cloudflare:workers';

/** What {@link DeliveryLedger.claim} decided. */
export type Claim = 'claimed' | 'delivered' | 'busy';

type LedgerState = { status: 'leased'; until: number } | { status: 'delivered'; at: number };

/** How long a delivered key is remembered: a repeat within this window is dropped. */
export const RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * One Durable Object per idempotency key (`idFromName(id)`), recording whether that delivery
 * reached the downstream. A Durable Object is strongly consistent and runs one call at a time,
 * so two consumers racing on the same key cannot both claim it (KV, eventually consistent,
 * could let both through).
 */
export class DeliveryLedger extends DurableObject {
  /** Claims the key for `leaseMs`, unless it was delivered or another consumer holds a live lease. */
  async claim(leaseMs: number): Promise<Claim> {
    const state = await this.ctx.storage.get<LedgerState>('state');
    const now = Date.now();
    if (state?.status === 'delivered') return 'delivered';
    if (state?.status === 'leased' && state.until > now) return 'busy';
    await this.ctx.storage.put<LedgerState>('state', { status: 'leased', until: now + leaseMs });
    return 'claimed';
  }

  /** Records the delivery and forgets it after {@link RETENTION_MS}. */
  async complete(): Promise<void> {
    const now = Date.now();
    await this.ctx.storage.put<LedgerState>('state', { status: 'delivered', at: now });
    await this.ctx.storage.setAlarm(now + RETENTION_MS);
  }

  /** Gives the lease back after a failed attempt, so the retry can claim it at once. */
  async release(): Promise<void> {
    const state = await this.ctx.storage.get<LedgerState>('state');
    if (state?.status === 'leased') await this.ctx.storage.delete('state');
  }

  override async alarm(): Promise<void> {
    await this.ctx.storage.deleteAll();
  }
}
