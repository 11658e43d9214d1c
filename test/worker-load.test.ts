// Load and faults against the Cloudflare Worker example in workerd: 2,000 distinct callbacks at
// concurrency 64 while a random 20% of Queue sends fail. The client behaves like CI: it delivers
// again on any non-2xx, and now and then delivers a callback a second time after its 200 (an
// answer lost on the way back). At the end every callback must have reached the downstream
// exactly once per idempotency key (a two-job callback is two downstream POSTs, one per job):
// nothing lost, nothing twice, no 500s.
import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryId } from '../packages/receiver/src/index.js';
import { startWorker, type WorkerUnderTest } from './worker/harness.js';
import { type Callback, makeCallbacks, prng, seedFrom } from './worker/load-callbacks.js';

const CALLBACKS = 2_000;
const CONCURRENCY = 64;
const QUEUE_FAILURE_RATE = 0.2;
/** Share of callbacks the client delivers a second time after their 200. */
const DUPLICATE_RATE = 0.02;
/** More attempts than this for one delivery means the Worker never accepts it: a failure, not a hang. */
const MAX_ATTEMPTS = 50;
/** Re-delivery backoff: uniform in [0, MAX_BACKOFF_MS] ms. */
const MAX_BACKOFF_MS = 20;
/** Longest wait, after the last answer, for the downstream and the Queue to drain. */
const DRAIN_TIMEOUT_MS = 60_000;

/** `WANXIANG_LOAD_SEED=<n>` replays a run; the default is fixed so that `npm test` is reproducible. */
const SEED = seedFrom(process.env.WANXIANG_LOAD_SEED);

/** `events/<day>/<id>.<ext>`, as the receiver names an accepted body (the ids here need no escaping). */
const archiveKeyOf = (callback: Callback, day: string) => `events/${day}/${callback.id}${callback.body.startsWith('<') ? '.xml' : '.json'}`;

const tally = (values: Iterable<string>) => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
};

/**
 * Miniflare keeps its simulated storage under `os.tmpdir()`: one SQLite file per Durable Object
 * (here one ledger per idempotency key, 2,000) and the R2 objects, about 120 MB for this test.
 * On a RAM disk workerd's single JavaScript thread, which every request and every queue batch
 * share, spends about a third less CPU (profiled), so `/dev/shm` is used when it has room.
 * Miniflare removes its directory only in the background after `dispose()`, which a test process
 * that exits at once does not wait for: the test removes its own directory itself.
 */
function ramDisk(): string | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const stats = statfsSync('/dev/shm');
    return stats.bavail * stats.bsize >= 1024 ** 3 ? '/dev/shm' : undefined;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the Worker under load, with a fifth of the Queue sends failing (workerd)', () => {
  let worker: WorkerUnderTest;
  let storage: string | undefined;
  beforeAll(async () => {
    storage = mkdtempSync(join(ramDisk() ?? tmpdir(), 'wanxiang-worker-load-'));
    // Miniflare reads TMPDIR once, in its constructor; restored at once.
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = storage;
    try {
      worker = await startWorker();
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
  afterAll(async () => {
    try {
      await worker?.dispose();
    } finally {
      if (storage) rmSync(storage, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    }
  }, 60_000);

  it(`delivers ${CALLBACKS} callbacks at concurrency ${CONCURRENCY} downstream exactly once each, losing none, with no 500s`, { timeout: 120_000 }, async () => {
    const callbacks = makeCallbacks(SEED, CALLBACKS);
    // The delivery id (the answer's `id`, the archive key) as the receiver derives it from the keys.
    for (const callback of callbacks) callback.id = await deliveryId(callback.keys);
    const byId = new Map(callbacks.map((c) => [c.id, c]));
    expect(byId.size).toBe(CALLBACKS);
    // What the downstream must see: every key once, each POST narrowed to its own key.
    const byKey = new Map(callbacks.flatMap((c) => c.keys.map((key) => [key, c] as const)));
    const keyCount = callbacks.reduce((sum, c) => sum + c.keys.length, 0);
    expect(byKey.size).toBe(keyCount);

    // The probe asks once per Queue send; it records the id it is about to send just before
    // asking, so the last attempted id is the one this verdict is for.
    const queueRng = prng(SEED);
    const failedSends: string[] = [];
    worker.failQueueSend = () => {
      const fail = queueRng() < QUEUE_FAILURE_RATE;
      if (fail) failedSends.push(worker.attempted[worker.attempted.length - 1]!);
      return fail;
    };

    const bucket = await worker.mf.getR2Bucket('ARCHIVE');
    const clientRng = prng(SEED ^ 0xc11e47);
    const statuses = new Map<number | 'network error', number>();
    const accepted: string[] = []; // ids answered 200
    const unavailable: string[] = []; // ids answered 503
    const notArchivedAt503: string[] = [];
    const failures: string[] = [];
    const figures = { sent: 0, retried: 0, duplicatesSent: 0, attempts: 0, maxAttempts: 0 };

    /** Delivers one callback until it gets a 2xx, as CI does; false when it gives up. */
    const deliver = async (callback: Callback): Promise<boolean> => {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        figures.attempts++;
        figures.maxAttempts = Math.max(figures.maxAttempts, attempt);
        const dayBefore = new Date().toISOString().slice(0, 10);
        let status: number | 'network error';
        let answer: any;
        try {
          // identity: a gzipped answer costs both sides CPU for nothing here (profiled: ~1 ms per request in Node).
          const response = await worker.post(callback.body, { contentType: callback.contentType, headers: { ...callback.headers, 'accept-encoding': 'identity' } });
          status = response.status;
          const text = await response.text();
          try {
            answer = JSON.parse(text);
          } catch {
            answer = text;
          }
        } catch {
          status = 'network error';
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 200) {
          accepted.push(callback.id);
          if (answer?.id !== callback.id || JSON.stringify(answer?.keys) !== JSON.stringify(callback.keys)) {
            failures.push(`${callback.id}: 200 with ${JSON.stringify(answer)}`);
          }
          return true;
        }
        if (status === 503) {
          unavailable.push(callback.id);
          if (answer?.code !== 'FORWARD_FAILED') failures.push(`${callback.id}: 503 with ${JSON.stringify(answer)}`);
          // Archived before the answer: the object is in R2 now, before this client delivers again
          // (a HEAD: reading every body back through Miniflare's proxy costs 4x the CPU).
          const dayAfter = new Date().toISOString().slice(0, 10);
          let stored = await bucket.head(archiveKeyOf(callback, dayBefore));
          if (!stored && dayAfter !== dayBefore) stored = await bucket.head(archiveKeyOf(callback, dayAfter));
          if (stored?.size !== new TextEncoder().encode(callback.body).byteLength || stored.customMetadata?.id !== callback.id) notArchivedAt503.push(callback.id);
        } else if (failures.length < 20) {
          failures.push(`${callback.id}: ${status} ${typeof answer === 'string' ? answer : JSON.stringify(answer)}`.slice(0, 300));
        }
        if (attempt < MAX_ATTEMPTS) {
          figures.retried++;
          await sleep(Math.floor(clientRng() * (MAX_BACKOFF_MS + 1)));
        }
      }
      failures.push(`${callback.id}: no 2xx after ${MAX_ATTEMPTS} attempts`);
      return false;
    };

    // The work list: every callback once; a deliberate duplicate is re-delivered either at once
    // (racing its first message through the consumer) or at the end of the list (after it).
    const work: { callback: Callback; duplicate: boolean }[] = callbacks.map((callback) => ({ callback, duplicate: false }));
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < work.length) {
          const { callback, duplicate } = work[next++]!;
          if (duplicate) figures.duplicatesSent++;
          else figures.sent++;
          if (!(await deliver(callback)) || duplicate || clientRng() >= DUPLICATE_RATE) continue;
          if (clientRng() < 0.5) {
            figures.duplicatesSent++;
            await deliver(callback);
          } else work.push({ callback, duplicate: true });
        }
      }),
    );
    const answeredMs = performance.now() - started;

    // The Queue drains: every id downstream and every message acknowledged (or the wait times out).
    const mainQueue = (o: { queue: string }) => o.queue === 'wanxiang-events';
    const allDelivered = () => {
      const ids = new Set(worker.delivered.map((d) => d.id));
      return [...byKey.keys()].every((key) => ids.has(key));
    };
    let drained = true;
    try {
      await worker.waitFor(
        () => worker.outcomes.filter((o) => mainQueue(o) && o.outcome === 'ack').length >= worker.sent.length && allDelivered(),
        'every callback downstream and every message acknowledged',
        DRAIN_TIMEOUT_MS,
      );
    } catch {
      drained = false;
    }
    const elapsedMs = performance.now() - started;

    const perId = tally(worker.delivered.map((d) => d.id));
    const lost = [...byKey.keys()].filter((key) => !perId.has(key));
    const unknown = [...perId.keys()].filter((key) => !byKey.has(key));
    const duplicatesDownstream = [...perId.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0);
    const acks = worker.outcomes.filter((o) => mainQueue(o) && o.outcome === 'ack').length;
    const consumerRetries = worker.outcomes.filter((o) => mainQueue(o) && o.outcome === 'retry').length;
    const deadLetters = worker.outcomes.filter((o) => !mainQueue(o)).length;
    // The downstream always accepts here, so a consumer retry is a lost ledger race ('busy') or an error the Worker logged.
    const consumerErrors = worker.logs.filter((line) => line.includes('wanxiang: delivery of')).length;
    const statusText = [...statuses].map(([status, count]) => `${status}×${count}`).join(' ');
    const shapes = [...tally(callbacks.map((c) => c.shape))].map(([shape, count]) => `${shape} ${count}`).join(', ');

    console.log(
      `worker load (seed ${SEED}): sent ${figures.sent}, retried ${figures.retried}, duplicates sent ${figures.duplicatesSent}, ` +
        `503s ${statuses.get(503) ?? 0}, queue sends attempted ${worker.attempted.length} / failed ${failedSends.length}, ` +
        `messages ${worker.sent.length} (acked ${acks}, consumer retries ${consumerRetries}, consumer errors logged ${consumerErrors}, dead letters ${deadLetters}), ` +
        `delivered ${worker.delivered.length}, duplicates downstream ${duplicatesDownstream}, lost ${lost.length}, unknown ${unknown.length}, forged ${worker.forged}, ` +
        `statuses [${statusText}], max attempts ${figures.maxAttempts}, answered in ${Math.round(answeredMs)} ms, elapsed ${Math.round(elapsedMs)} ms` +
        `\n  mix: ${shapes}; Miniflare storage in ${storage}`,
    );

    expect(failures, failures.slice(0, 10).join('\n')).toEqual([]);
    // Downstream: every callback exactly once, nothing else, every signature genuine.
    expect(worker.forged).toBe(0);
    expect(lost).toEqual([]);
    expect(unknown).toEqual([]);
    expect(duplicatesDownstream).toBe(0);
    expect(worker.delivered).toHaveLength(keyCount);
    expect(drained, `the Queue did not drain within ${DRAIN_TIMEOUT_MS} ms`).toBe(true);
    expect(figures.sent).toBe(CALLBACKS);
    expect(figures.duplicatesSent).toBeGreaterThan(0);
    // Only 200 and 503: no 500, no 4xx, no network error.
    expect([...statuses.keys()].filter((status) => status !== 200 && status !== 503)).toEqual([]);
    expect(statuses.get(200)).toBe(CALLBACKS + figures.duplicatesSent);
    // The faults really happened: about a fifth of the sends failed, and each failed send was one 503.
    expect(failedSends.length).toBeGreaterThan(0.15 * worker.attempted.length);
    expect(failedSends.length).toBeLessThan(0.25 * worker.attempted.length);
    expect(statuses.get(503) ?? 0).toBe(failedSends.length);
    expect([...unavailable].sort()).toEqual([...failedSends].sort());
    expect(figures.retried).toBe(failedSends.length);
    // Every 503'd body was in R2 before its answer reached the client.
    expect(notArchivedAt503).toEqual([]);
    const archive = new Set(await worker.archiveKeys());
    const archivedIds = new Set([...archive].filter((key) => key.startsWith('events/')).map((key) => key.slice(key.lastIndexOf('/') + 1).replace(/\.(xml|json)$/, '')));
    expect([...new Set(unavailable)].filter((id) => !archivedIds.has(id))).toEqual([]);
    // And byte for byte (a sample: each read costs ~10 ms through the proxy).
    for (const id of [...new Set(unavailable)].slice(0, 25)) {
      const callback = byId.get(id)!;
      const key = [...archive].find((k) => k.startsWith('events/') && k.endsWith(`/${id}${callback.body.startsWith('<') ? '.xml' : '.json'}`))!;
      expect(new TextDecoder().decode(await worker.archived(key)), key).toBe(callback.body);
    }
    expect([...byId.keys()].filter((id) => !archivedIds.has(id))).toEqual([]);
    // One Queue message per 200; each acknowledged once; none dead.
    expect(worker.sent.length).toBe(accepted.length);
    expect(worker.attempted.length).toBe(worker.sent.length + failedSends.length);
    expect(tally(worker.outcomes.filter((o) => mainQueue(o) && o.outcome === 'ack').map((o) => o.id))).toEqual(tally(accepted));
    expect(deadLetters).toBe(0);
    const mismatched = worker.delivered.filter((d) => d.payload.key !== d.id || d.payload.type !== byKey.get(d.id)!.type);
    expect(mismatched.map((d) => d.id)).toEqual([]);
  });
});
