import { DurableObject } from 'cloudflare:workers';
import { type Claim, RETENTION_MS } from '@wanxiang/receiver';

type LedgerState = { status: 'leased'; holder: string; until: number } | { status: 'delivered'; at: number };

/**
 * One Durable Object per idempotency key (`idFromName(key)`), recording whether that key
 * reached the downstream. A Durable Object is strongly consistent and runs one call at a time,
 * so two consumers racing on the same key cannot both claim it (KV, eventually consistent,
 * could let both through). `durableObjectLedger` (do-ledger.ts) is the relay's view of it.
 */
export class DeliveryLedger extends DurableObject {
  /** Claims the key for `leaseMs` as `holder`, unless it was delivered or another holder's lease is live. */
  async claim(leaseMs: number, holder: string): Promise<Claim> {
    const state = await this.ctx.storage.get<LedgerState>('state');
    const now = Date.now();
    if (state?.status === 'delivered') return 'delivered';
    if (state?.status === 'leased' && state.until > now) return 'busy';
    await this.ctx.storage.put<LedgerState>('state', { status: 'leased', holder, until: now + leaseMs });
    return 'claimed';
  }

  /** Records the delivery and forgets it after {@link RETENTION_MS}. */
  async complete(): Promise<void> {
    const now = Date.now();
    await this.ctx.storage.put<LedgerState>('state', { status: 'delivered', at: now });
    await this.ctx.storage.setAlarm(now + RETENTION_MS);
  }

  /** Gives the lease back after a failed attempt, if `holder` still holds it, so the retry can claim it at once. */
  async release(holder: string): Promise<void> {
    const state = await this.ctx.storage.get<LedgerState>('state');
    if (state?.status === 'leased' && state.holder === holder) await this.ctx.storage.delete('state');
  }

  override async alarm(): Promise<void> {
    await this.ctx.storage.deleteAll();
  }
}
