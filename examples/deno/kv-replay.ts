import { type FolderReplayOptions, isRelayMessage, type Receiver, type RelayMessage, ReplayErrorCode, type ReplayReport, replayRoute } from '@wanxiang/receiver';
import { kvArchive } from './kv-archive.ts';
import { BACKOFF_SCHEDULE, undeliveredKey } from './kv-forwarder.ts';

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
    folders: { 'undelivered/': (options) => requeueUndelivered(kv, options) },
  });
}

/**
 * Each undelivered message (`['undelivered', id, receivedAt]`) back on the queue, in one atomic
 * step with the removal of its dead letter, which the queue writes again if every retry fails.
 */
async function requeueUndelivered(kv: Deno.Kv, options: FolderReplayOptions): Promise<ReplayReport> {
  const { limit } = options;
  // `undelivered/<id>/` narrows to one delivery id: the prefix's parts are the KV key's.
  const prefix = options.prefix.split('/').filter((part) => part !== '');
  const iterator = kv.list({ prefix }, { limit, ...(options.cursor ? { cursor: options.cursor } : {}) });
  const results: ReplayReport['results'] = [];
  for await (const entry of iterator) {
    const key = entry.key.map(String).join('/');
    if (!isRelayMessage(entry.value)) {
      results.push({ key, outcome: 'refused', status: 400, error: { code: ReplayErrorCode.NOT_A_RELAY_MESSAGE, message: 'an undelivered value that is not a relay message; read it by hand' } });
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
        results.push({ key, outcome: 'failed', status: 409, id: message.id, keys: message.keys, error: { code: ReplayErrorCode.CHANGED, message: 'changed meanwhile; replay again' } });
        continue;
      }
    }
    results.push({ key, outcome: options.dryRun ? 'would-forward' : 'forwarded', status: 200, id: message.id, keys: message.keys });
  }
  return { prefix: options.prefix, dryRun: options.dryRun, results, ...(results.length === limit && iterator.cursor ? { cursor: iterator.cursor } : {}) };
}
