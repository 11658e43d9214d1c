// The Worker example in workerd: a genuine callback that deviates from the field tables below its
// identity reaches the downstream once, flagged with its deviations (inline or by reference);
// INVALID_CALLBACKS=reject answers 400 and keeps it under rejected/.

import { deviantShapes } from '@wanxiang/receiver/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type WorkerUnderTest } from './worker/harness.js';

describe('the Worker delivers deviating callbacks flagged (INVALID_CALLBACKS unset)', () => {
  let worker: WorkerUnderTest;
  beforeAll(async () => {
    worker = await startWorker();
  });
  afterAll(() => worker?.dispose());

  for (const [name, shape] of Object.entries(deviantShapes)) {
    for (const format of ['xml', 'json'] as const) {
      it(`${name} (${format}): 200, one signed POST carrying the deviations`, async () => {
        const jobId = `jw-${name}-${format}`;
        const body = shape.body(jobId, format);
        const moderation = name.startsWith('moderation');
        const key = moderation ? jobId : `${jobId}:Success`;
        const response = await worker.post(body, { contentType: `application/${format}`, headers: moderation ? { 'x-ci-content-version': 'Detail' } : {} });
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ ok: true, id: key, keys: [key], deviations: 1 });
        await worker.waitFor(() => worker.outcomes.some((o) => o.id === key && o.outcome === 'ack'), 'the ack');
        const posts = worker.delivered.filter((d) => d.id === key);
        expect(posts).toHaveLength(1);
        expect(posts[0]!.payload.deviations).toMatchObject({ count: 1, values: [{ path: shape.path }], issues: [{ path: shape.path }] });
        expect(worker.logs.some((line) => line.includes(`[${key}]`) && line.includes('flagged'))).toBe(true);
      });
    }
  }

  it('a deviating body too large for the queue goes by reference, and is read back leniently', async () => {
    const jobId = 'jw-large';
    // ~200 KB of a documented free-text field pushes the message past the Queue's inline limit.
    const body = deviantShapes.numericPlaceholder.body(jobId, 'xml').replace('<Code>Success</Code>', `<Code>Success</Code><SubTag>${'x'.repeat(200_000)}</SubTag>`);
    const response = await worker.post(body, { contentType: 'application/xml' });
    expect(response.status).toBe(200);
    await worker.waitFor(() => worker.outcomes.some((o) => o.id === `${jobId}:Success` && o.outcome === 'ack'), 'the ack');
    expect(worker.sent.filter((m) => m.id === `${jobId}:Success`).map((m) => m.inline)).toEqual([false]);
    const posts = worker.delivered.filter((d) => d.id === `${jobId}:Success`);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.payload.deviations).toMatchObject({ count: 1, values: [{ path: deviantShapes.numericPlaceholder.path, raw: 'N/A' }] });
  });
});

describe('INVALID_CALLBACKS=reject', () => {
  let worker: WorkerUnderTest;
  beforeAll(async () => {
    worker = await startWorker({ INVALID_CALLBACKS: 'reject' });
  });
  afterAll(() => worker?.dispose());

  it('answers 400 with the path, queues nothing and keeps the body under rejected/', async () => {
    const shape = deviantShapes.objectAsList;
    const response = await worker.post(shape.body('jw-reject', 'json'), { contentType: 'application/json' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'INVALID_CALLBACK', issues: [{ path: shape.path }] });
    expect(worker.sent).toEqual([]);
    const keys = await worker.archiveKeys();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^rejected\/\d{4}-\d{2}-\d{2}\/.+\.json$/);
  });
});
