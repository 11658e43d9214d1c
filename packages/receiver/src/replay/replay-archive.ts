import type { Receiver } from '../receiver.js';
import { ReplayErrorCode } from './replay-error-code.js';
import type { ReplayInput, ReplayResult } from './replay-result.js';

/** Where kept bodies are read back from: an R2 bucket, Deno KV, a folder. */
export interface ReplaySource {
  /** The keys under `prefix`, in key order: at most `limit`, after `cursor`; `cursor` again when there are more. */
  list(prefix: string, options: { limit: number; cursor?: string }): Promise<{ keys: string[]; cursor?: string }>;
  /** The body kept at `key`, as it was received; `undefined` when it is gone. */
  get(key: string): Promise<ReplayInput | undefined>;
  /**
   * Moves the body at `key` out of the folders a replay reads (to `replayed/<key>`), once it was
   * handed to the forwarder. A later replay does not see it, so it is not forwarded again after
   * the ledger has forgotten its keys (the relay's retention, 7 days).
   */
  markReplayed(key: string): Promise<void>;
}

/** The folders a replay reads: bodies refused as invalid (400), by the allow-list or the echo check (403), or not confirmed by CI (403, 503). */
export const REPLAYABLE_PREFIXES = ['rejected/', 'forbidden/', 'unconfirmed/'] as const;

/** Most bodies one replay call reads: a call's work stays bounded; go on with its `cursor`. */
export const MAX_REPLAY_BATCH = 100;

export interface ReplayArchiveOptions {
  /** One of {@link REPLAYABLE_PREFIXES}, or a folder below one (`rejected/2026-12-03/`). */
  prefix: string;
  dryRun?: boolean;
  /** At most {@link MAX_REPLAY_BATCH} (the default). */
  limit?: number;
  /** The `cursor` of the last report for this prefix. */
  cursor?: string;
}

/** One replay call's report: what happened to each body read, and where to go on. */
export interface ReplayReport {
  prefix: string;
  dryRun: boolean;
  results: (ReplayResult & { key: string })[];
  /** Pass it back, with the same prefix, to replay the next batch; absent when this one was the last. */
  cursor?: string;
}

/**
 * Replays the kept bodies under `prefix` through `receiver` ({@link Receiver.replay}), one at
 * a time, in key order, and moves each one forwarded out of the way
 * ({@link ReplaySource.markReplayed}). A body is forwarded with the keys it would have had on
 * arrival, so the relay's ledger delivers it once even when it is replayed again before it was
 * moved (an interrupted run) or arrives from CI meanwhile. A body that fails to read is reported
 * `failed` and the batch goes on.
 *
 * @throws RangeError for a prefix outside {@link REPLAYABLE_PREFIXES}, a limit out of range or
 *   a cursor of another prefix.
 */
export async function replayArchive(receiver: Pick<Receiver, 'replay'>, source: ReplaySource, options: ReplayArchiveOptions): Promise<ReplayReport> {
  const { prefix } = options;
  if (!isReplayablePrefix(prefix)) throw new RangeError(`replay: the prefix must start with ${REPLAYABLE_PREFIXES.join(' or ')}`);
  const limit = replayLimit(options.limit);
  const dryRun = options.dryRun === true;
  const listed = await source.list(prefix, { limit, ...(options.cursor ? { cursor: openCursor(prefix, options.cursor) } : {}) });
  const results: ReplayReport['results'] = [];
  for (const key of listed.keys.slice(0, limit)) {
    let entry: ReplayInput | undefined;
    try {
      entry = await source.get(key);
    } catch {
      results.push({ key, outcome: 'failed', status: 502, error: { code: ReplayErrorCode.SOURCE_FAILED, message: 'the kept body could not be read; replay again' } });
      continue;
    }
    if (!entry) {
      results.push({ key, outcome: 'refused', status: 404, error: { code: ReplayErrorCode.GONE, message: 'nothing is kept at this key any more' } });
      continue;
    }
    const result = await receiver.replay(entry, { dryRun });
    if (!dryRun && (result.outcome === 'forwarded' || result.outcome === 'test-request')) {
      // Forwarded already: should the move fail, a later replay forwards it again, and the ledger holds its keys.
      await source.markReplayed(key).catch(() => undefined);
    }
    results.push({ key, ...result });
  }
  return { prefix, dryRun, results, ...(listed.cursor ? { cursor: sealCursor(prefix, listed.cursor) } : {}) };
}

/** Whether a replay may read `prefix`: under a kept folder, and no `..` segment. */
export function isReplayablePrefix(prefix: string): boolean {
  return REPLAYABLE_PREFIXES.some((folder) => prefix.startsWith(folder)) && !climbs(prefix);
}

/** True for a prefix with a `..` segment, which a file or KV source could read as the parent folder. */
export function climbs(prefix: string): boolean {
  return prefix.split('/').includes('..');
}

/**
 * A batch size, 1 to {@link MAX_REPLAY_BATCH} ({@link MAX_REPLAY_BATCH} when absent).
 *
 * @throws RangeError otherwise.
 */
export function replayLimit(limit: number | undefined): number {
  const value = limit ?? MAX_REPLAY_BATCH;
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_REPLAY_BATCH) throw new RangeError(`replay: limit must be 1 to ${MAX_REPLAY_BATCH}`);
  return value;
}

/** The source's cursor, bound to its prefix: a cursor of another listing would skip keys or end it early without saying so. */
export function sealCursor(prefix: string, cursor: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify([prefix, cursor])))).replace(/=+$/, '');
}

/**
 * The source's cursor inside a sealed one.
 *
 * @throws RangeError when it is not one, or belongs to another prefix.
 */
export function openCursor(prefix: string, sealed: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(sealed), (char) => char.charCodeAt(0))));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || parsed[0] !== prefix || typeof parsed[1] !== 'string') {
    throw new RangeError('replay: the cursor is not one this prefix gave');
  }
  return parsed[1];
}
