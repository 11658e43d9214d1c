import type { Receiver } from '../receiver.js';
import type { ReplayInput, ReplayResult } from './replay-result.js';

/** Where kept bodies are read back from: an R2 bucket, Deno KV, a folder. */
export interface ReplaySource {
  /** The keys under `prefix`, in key order: at most `limit`, after `cursor`; `cursor` again when there are more. */
  list(prefix: string, options: { limit: number; cursor?: string }): Promise<{ keys: string[]; cursor?: string }>;
  /** The body kept at `key`, as it was received; `undefined` when it is gone. */
  get(key: string): Promise<ReplayInput | undefined>;
}

/** The folders a replay may read: bodies refused as invalid (400) or by the allow-list (403), and accepted ones. */
export const REPLAYABLE_PREFIXES = ['rejected/', 'forbidden/', 'events/'] as const;

/** Most bodies one replay call reads: a call's work stays bounded; go on with its `cursor`. */
export const MAX_REPLAY_BATCH = 100;

export interface ReplayArchiveOptions {
  /** `rejected/`, `forbidden/` or `events/`, or a folder below one (`rejected/2026-12-03/`). */
  prefix: string;
  dryRun?: boolean;
  /** At most {@link MAX_REPLAY_BATCH} (the default). */
  limit?: number;
  cursor?: string;
}

/** One replay call's report: what happened to each body read, and where to go on. */
export interface ReplayReport {
  prefix: string;
  dryRun: boolean;
  results: (ReplayResult & { key: string })[];
  /** Pass it back to replay the next batch; absent when this one was the last. */
  cursor?: string;
}

/**
 * Replays the kept bodies under `prefix` through `receiver` ({@link Receiver.replay}), one at
 * a time, in key order. A body replayed twice reaches the downstream once: its idempotency keys
 * are the same each time, and the relay's ledger delivers a key once. Nothing is deleted, so a
 * dry run, an interrupted run and a repeated one are all safe.
 *
 * @throws RangeError for a prefix outside {@link REPLAYABLE_PREFIXES} or a limit out of range.
 */
export async function replayArchive(receiver: Pick<Receiver, 'replay'>, source: ReplaySource, options: ReplayArchiveOptions): Promise<ReplayReport> {
  const { prefix } = options;
  if (!REPLAYABLE_PREFIXES.some((folder) => prefix.startsWith(folder)) || prefix.includes('..')) {
    throw new RangeError(`replay: the prefix must start with ${REPLAYABLE_PREFIXES.join(', ')}`);
  }
  const limit = options.limit ?? MAX_REPLAY_BATCH;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_REPLAY_BATCH) throw new RangeError(`replay: limit must be 1 to ${MAX_REPLAY_BATCH}`);
  const dryRun = options.dryRun === true;
  const listed = await source.list(prefix, { limit, ...(options.cursor ? { cursor: options.cursor } : {}) });
  const results: ReplayReport['results'] = [];
  for (const key of listed.keys.slice(0, limit)) {
    const entry = await source.get(key);
    if (!entry) {
      results.push({ key, outcome: 'refused', status: 404, error: { code: 'GONE', message: 'nothing is kept at this key any more' } });
      continue;
    }
    results.push({ key, ...(await receiver.replay(entry, { dryRun })) });
  }
  return { prefix, dryRun, results, ...(listed.cursor ? { cursor: listed.cursor } : {}) };
}
