import { isRelayMessage, MAX_REPLAY_BATCH, replayRoute, type Receiver, type RelayMessage, type ReplayReport } from '@wanxiang/receiver';
import { BACKOFF_SCHEDULE, undeliveredKey } from './kv-forwarder.ts';
import { kvArchive } from './kv-archive.ts';

/**
 * `POST /admin/replay?prefix=…[&dry-run=1]` with `Authorization: Bearer $REPLAY_TOKEN`: bodies
 * under `rejected/` or `forbidden/` go through the current receiver again (kv-archive.ts);
 * `undelivered/` puts the messages that spent their retries back on the queue. The listener's
 * ledger delivers each key once either way. See `replayRoute` of @wanxiang/receiver.
 */
export function kvReplayRoute(kv: Deno.Kv, receiver: Receiver, token: string): (request: Request) => Promise<Response | undefined> {
  return replayRoute({
    token,
    receiver,
    source: kvArchive(kv),
    other: (options) => (options.prefix.startsWith('undelivered/') ? requeueUndelivered(kv, options) : Promise.resolve(undefined)),
  });
}

/**
 * Each undelivered message (`['undelivered', id, receivedAt]`) back on the queue, in one atomic
 * step with the removal of its dead letter, which the queue writes again if every retry fails.
 */
async function requeueUndelivered(kv: Deno.Kv, options: { prefix: string; dryRun: boolean; limit?: number; cursor?: string }): Promise<ReplayReport> {
  const limit = options.limit ?? MAX_REPLAY_BATCH;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_REPLAY_BATCH) throw new RangeError(`replay: limit must be 1 to ${MAX_REPLAY_BATCH}`);
  const iterator = kv.list({ prefix: ['undelivered'] }, { limit, ...(options.cursor ? { cursor: options.cursor } : {}) });
  const results: ReplayReport['results'] = [];
  for await (const entry of iterator) {
    const key = entry.key.map(String).join('/');
    if (!isRelayMessage(entry.value)) {
      results.push({ key, outcome: 'refused', status: 400, error: { code: 'NOT_A_RELAY_MESSAGE', message: 'an undelivered value that is not a relay message; read it by hand' } });
      continue;
    }
    const message = entry.value as RelayMessage;
    if (!options.dryRun) {
      const requeued = await kv
        .atomic()
        .check(entry)
        .delete(entry.key)
        .enqueue(message, { keysIfUndelivered: [undeliveredKey(message.id, message.receivedAt)], backoffSchedule: [...BACKOFF_SCHEDULE] })
        .commit();
      if (!requeued.ok) {
        results.push({ key, outcome: 'failed', status: 409, id: message.id, keys: message.keys, error: { code: 'CHANGED', message: 'changed meanwhile; replay again' } });
        continue;
      }
    }
    results.push({ key, outcome: options.dryRun ? 'would-forward' : 'forwarded', status: 200, id: message.id, keys: message.keys });
  }
  return { prefix: options.prefix, dryRun: options.dryRun, results, ...(results.length === limit && iterator.cursor ? { cursor: iterator.cursor } : {}) };
}
