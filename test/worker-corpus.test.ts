// Every corpus body through the Cloudflare Worker in workerd: the answer, the Queue message,
// the R2 archive, and the signed delivery downstream.

import { TEST_REQUEST_MESSAGE } from '@wanxiang/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedArchiveKey } from '../packages/receiver/src/forward/archive-key.js';
import { loadBody, loadManifest } from './corpus/load.js';
import type { ManifestEntry } from './corpus/manifest.js';
import { startWorker, type WorkerUnderTest } from './worker/harness.js';

const manifest = loadManifest();

/** The idempotency keys the manifest facts call for; `sha256` where the body names no id. */
function expectedKeys(entry: ManifestEntry): string[] | 'sha256' {
  if (entry.family === 'task') {
    return entry.jobIds.length > 0 && entry.jobIds.every((id) => id) ? entry.jobIds.map((id, i) => `${id}:${entry.states[i] ?? ''}`) : 'sha256';
  }
  if (entry.family === 'workflow') return entry.workflow?.runId ? [entry.workflow.runId] : 'sha256';
  if (entry.moderationVariant === 'Simple') return entry.simple?.trace_id ? [entry.simple.trace_id] : 'sha256';
  return entry.jobIds[0] ? [entry.jobIds[0]] : 'sha256';
}

const isTestRequest = (entry: ManifestEntry) => entry.simple?.message === TEST_REQUEST_MESSAGE;
const expectedError = (entry: ManifestEntry) => (!entry.wellFormed ? (entry.format === 'xml' ? 'MALFORMED_XML' : 'MALFORMED_JSON') : entry.kind === '_untagged' ? 'INVALID_CALLBACK' : undefined);

describe('every corpus body posted to the Worker (workerd)', () => {
  let worker: WorkerUnderTest;
  beforeAll(async () => {
    worker = await startWorker();
  });
  afterAll(() => worker?.dispose());

  for (const entry of manifest) {
    const error = expectedError(entry);
    const verdict = error ? `400 ${error}, nothing queued` : isTestRequest(entry) ? "200 as CI's test request, nothing queued" : '200, one Queue message with its idempotency keys, raw body in R2';
    it(`${entry.file}: ${verdict}`, async () => {
      const raw = loadBody(entry.file);
      const dayBefore = new Date().toISOString();
      const sentBefore = worker.sent.length;
      const headers: Record<string, string> = entry.moderationVariant ? { 'x-ci-content-version': entry.moderationVariant } : {};
      const response = await worker.post(raw as Uint8Array<ArrayBuffer>, { contentType: entry.format === 'xml' ? 'application/xml' : 'application/json', headers });
      const answer = (await response.json()) as any;
      if (error) {
        expect(response.status).toBe(400);
        expect(answer.code).toBe(error);
        expect(answer.issues.length).toBeGreaterThan(0);
        expect(worker.sent.length).toBe(sentBefore);
        return;
      }
      expect(response.status, JSON.stringify(answer)).toBe(200);
      if (isTestRequest(entry)) {
        expect(answer).toEqual({ ok: true, test: true });
        expect(worker.sent.length).toBe(sentBefore);
        return;
      }
      expect(worker.sent.length).toBe(sentBefore + 1);
      const message = worker.sent[sentBefore]!;
      const keys = expectedKeys(entry);
      if (keys === 'sha256') expect(message.keys).toEqual([expect.stringMatching(/^sha256:[0-9a-f]{64}$/)]);
      else expect(message.keys).toEqual(keys);
      expect(answer).toEqual({ ok: true, id: message.id, keys: message.keys });
      expect(message.inline).toBe(true);
      // An inline message names no archive key; the body is in R2 under the receiver's key for its id.
      const days = [dayBefore, new Date().toISOString()];
      const stored = await Promise.all(days.map((day) => worker.archived(acceptedArchiveKey(message.id, day, raw as Uint8Array<ArrayBuffer>))));
      expect(stored.find((bytes) => bytes !== undefined)).toEqual(raw);
    });
  }

  it('delivers every distinct event downstream exactly once, signed per Standard Webhooks (verified with the standardwebhooks package)', async () => {
    // One downstream POST per idempotency key: a two-job callback is two POSTs.
    const ids = new Set(worker.sent.flatMap((message) => message.keys));
    expect(ids.size).toBeGreaterThan(20);
    await worker.waitFor(() => new Set(worker.delivered.map((d) => d.id)).size === ids.size, 'every key downstream');
    // Twins (the XML and JSON forms of one callback) share keys: their second message must be dropped, not delivered.
    await worker.waitFor(() => worker.outcomes.filter((o) => o.outcome === 'ack').length === worker.sent.length, 'every message acknowledged');
    expect(worker.forged).toBe(0);
    expect(worker.delivered.map((d) => d.id).sort()).toEqual([...ids].sort());
    for (const delivery of worker.delivered) {
      expect(delivery.payload.key).toBe(delivery.id);
      expect(worker.sent.some((m) => m.keys.includes(delivery.id))).toBe(true);
      expect(typeof delivery.payload.data.EventName).toBe('string');
      expect(delivery.payload.type).toBe(delivery.payload.data.EventName);
    }
  });
});
