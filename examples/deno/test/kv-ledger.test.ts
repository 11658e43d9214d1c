// The KV ledger per idempotency key: racing claims, leases that end, stale holders, retention.
import { kvLedger, ledgerKey } from '../kv-ledger.ts';
import { assertEquals } from './assert.ts';

Deno.test('of ten listeners racing on one key exactly one claims it', async () => {
  const kv = await Deno.openKv(':memory:');
  try {
    const ledger = kvLedger(kv);
    const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => ledger.claim('j1:Success', 60_000, `holder-${i}`)));
    assertEquals(claims.filter((claim) => claim === 'claimed').length, 1, `claims: ${claims.join(', ')}`);
    assertEquals(claims.filter((claim) => claim === 'busy').length, 9);
  } finally {
    kv.close();
  }
});

Deno.test('a delivered key stays delivered for the retention; a stale holder cannot free a lease it lost', async () => {
  const kv = await Deno.openKv(':memory:');
  try {
    const ledger = kvLedger(kv);
    assertEquals(await ledger.claim('k', 30, 'first'), 'claimed');
    await new Promise((resolve) => setTimeout(resolve, 60));
    // The first lease ran out: a second holder takes the key; the first one's release must not free it.
    assertEquals(await ledger.claim('k', 60_000, 'second'), 'claimed');
    await ledger.release('k', 'first');
    assertEquals(await ledger.claim('k', 60_000, 'third'), 'busy');
    await ledger.complete('k');
    assertEquals(await ledger.claim('k', 60_000, 'fourth'), 'delivered');
    await ledger.release('k', 'second');
    assertEquals(await ledger.claim('k', 60_000, 'fifth'), 'delivered', 'a release after complete keeps the record');
    assertEquals((await kv.get<{ status: string }>(ledgerKey('k'))).value?.status, 'delivered');
  } finally {
    kv.close();
  }
});
