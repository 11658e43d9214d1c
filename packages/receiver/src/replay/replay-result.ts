import type { WanxiangError } from '@wanxiang/core';
import { statusOf } from '../errors/status.js';
import type { Delivery } from '../forward/delivery.js';

/** A kept body to run through the receiver again: an archive entry's fields, as it was received. */
export interface ReplayInput {
  raw: Uint8Array<ArrayBuffer>;
  contentType: string | null;
  /** The `X-Ci-Content-Version` header it came with (Simple or Detail moderation), if any. */
  contentVersion?: string | null;
  /** When it was first received (ISO 8601): the delivery keeps it, so the downstream sees the original time. */
  receivedAt: string;
}

export interface ReplayOptions {
  /** Parse, check and key the body, but store and send nothing. */
  dryRun?: boolean;
}

/**
 * What a replay did, or (`dryRun`) would do:
 * - `forwarded`: handed to the forwarder as a fresh request's event is (the relay's ledger
 *   delivers each key once, so a body delivered already reaches the downstream no more);
 * - `would-forward`: a dry run's `forwarded`;
 * - `test-request`: CI's test request, never forwarded;
 * - `refused`: still not deliverable (`error` says why: invalid, off the allow-list);
 * - `failed`: the forwarder failed or timed out; replay it again later.
 */
export interface ReplayResult {
  outcome: 'forwarded' | 'would-forward' | 'test-request' | 'refused' | 'failed';
  /** The status a fresh request with this body would be answered. */
  status: number;
  id?: string;
  keys?: string[];
  /** How many values the lenient reading moved out, when it moved any. */
  deviations?: number;
  error?: { code: string; message: string };
}

/** The shared pipeline's outcome (create-receiver.ts), before it becomes an answer or a {@link ReplayResult}. */
export type Processed =
  | { kind: 'refused'; error: WanxiangError; delivery?: undefined }
  | { kind: 'test' }
  | { kind: 'planned'; delivery: Delivery }
  | { kind: 'forwarded'; delivery: Delivery }
  | { kind: 'failed'; error: WanxiangError; delivery?: Delivery };

/** What is wrong with a kept body read back from storage (which a replay does not trust to be well formed), or `undefined`. */
export function replayInputProblem(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return 'expected an object';
  const { raw, contentType, contentVersion, receivedAt } = entry as Record<string, unknown>;
  if (!(raw instanceof Uint8Array)) return 'raw: expected bytes';
  if (contentType !== undefined && contentType !== null && typeof contentType !== 'string') return 'contentType: expected text';
  if (contentVersion !== undefined && contentVersion !== null && typeof contentVersion !== 'string') return 'contentVersion: expected text';
  if (typeof receivedAt !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(receivedAt) || Number.isNaN(Date.parse(receivedAt)))
    return 'receivedAt: expected an ISO 8601 UTC time';
  return undefined;
}

/** A {@link Processed} as a replay reports it. */
export function replayResult(processed: Processed, dryRun: boolean): ReplayResult {
  if (processed.kind === 'test') return { outcome: 'test-request', status: 200 };
  if (processed.kind === 'refused' || processed.kind === 'failed') {
    const { code, message } = processed.error;
    return { outcome: processed.kind, status: statusOf(processed.error), ...delivered(processed.delivery), error: { code, message } };
  }
  return { outcome: dryRun ? 'would-forward' : 'forwarded', status: 200, ...delivered(processed.delivery) };
}

function delivered(delivery: Delivery | undefined): Pick<ReplayResult, 'id' | 'keys' | 'deviations'> {
  if (!delivery) return {};
  return { id: delivery.id, keys: delivery.keys, ...(delivery.deviations ? { deviations: delivery.deviations.count } : {}) };
}
