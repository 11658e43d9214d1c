// Verify by lookup in workerd: the Worker example, given CI API credentials and its bucket map,
// asks CI (here the CI API double, answering for *.ci.<region>.myqcloud.com) about every
// callback before it queues it. A genuine callback is delivered; a forged one is refused and
// kept under unconfirmed/; a stalled API is a 503 in time, so CI delivers again.

import { createCiApiDouble } from '@wanxiang/ci-api/testing';
import { getFixture } from '@wanxiang/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type WorkerUnderTest } from './worker/harness.js';

const CREDENTIALS = { secretId: 'AKIDworkerconfirm00000000000000', secretKey: 'worker-confirm-secret-key-0123456789' };
const transcode = getFixture('task/Transcode/transcode-workflow-triggered.xml');
// The body's own bucket and region: the deployment configures the buckets its CI posts from.
const BUCKET = 'test-123456789';
const REGION = 'ap-chongqing';

describe('the Worker confirms each callback at CI before queueing it', () => {
  const double = createCiApiDouble({ secrets: { [CREDENTIALS.secretId]: CREDENTIALS.secretKey }, stallMs: 8_000 });
  double.addCallback(transcode.text, transcode.contentType);
  let worker: WorkerUnderTest;
  beforeAll(async () => {
    worker = await startWorker({ CI_SECRET_ID: CREDENTIALS.secretId, CI_SECRET_KEY: CREDENTIALS.secretKey, CI_LOOKUP_BUCKETS: `${BUCKET}=${REGION}` }, { ciApi: (request) => double.handle(request) });
  });
  afterAll(() => worker?.dispose());

  it('a genuine callback: looked up with a verified signature at its configured host, delivered', async () => {
    const response = await worker.post(transcode.text);
    expect(response.status).toBe(200);
    const { keys } = (await response.json()) as { keys: string[] };
    expect(double.requests.map((request) => [request.path.split('/')[1], request.verified, request.status])).toEqual([['jobs', true, 200]]);
    await worker.waitFor(() => worker.delivered.some((delivery) => delivery.id === keys[0]), 'the delivery');
    // CI's record travels with the event, through the queue, to the downstream.
    const delivered = worker.delivered.find((delivery) => delivery.id === keys[0])!;
    expect((delivered.payload as { record?: { JobsDetail: { JobId: string }[] } }).record?.JobsDetail.map((job) => job.JobId)).toEqual([keys[0]!.split(':')[0]]);
  });

  it('a forged callback (a JobId CI does not have): 403 UNCONFIRMED, kept under unconfirmed/, never queued', async () => {
    const sentBefore = worker.sent.length;
    const forged = transcode.text.replace(/<JobId>[^<]+<\/JobId>/, '<JobId>j00000000000000000000000000000bad</JobId>');
    const response = await worker.post(forged);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { code: string }).code).toBe('UNCONFIRMED');
    expect(worker.sent.length).toBe(sentBefore);
    expect((await worker.archiveKeys()).filter((key) => key.startsWith('unconfirmed/'))).toHaveLength(1);
  });

  it('a callback naming another bucket: 403 without any lookup', async () => {
    const asked = double.requests.length;
    const response = await worker.post(transcode.text.replace(`<BucketId>${BUCKET}</BucketId>`, '<BucketId>attacker-1250000000</BucketId>'));
    expect(response.status).toBe(403);
    expect(double.requests.length).toBe(asked);
  });

  it('a stalled CI API: 503 with Retry-After within the deadlines, the body kept', async () => {
    double.fail('stall');
    const started = Date.now();
    const response = await worker.post(transcode.text);
    double.recover();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(['CONFIRM_FAILED', 'CONFIRM_TIMEOUT']).toContain(((await response.json()) as { code: string }).code);
    expect(Date.now() - started).toBeLessThan(6_000);
    // The forged one, the other bucket's, and this one.
    expect((await worker.archiveKeys()).filter((key) => key.startsWith('unconfirmed/'))).toHaveLength(3);
  });
});

describe('without credentials, the Worker does not confirm', () => {
  it('forwards as before, and asks nobody', async () => {
    const double = createCiApiDouble({ secrets: {} });
    const worker = await startWorker({}, { ciApi: (request) => double.handle(request) });
    try {
      expect((await worker.post(transcode.text)).status).toBe(200);
      expect(double.requests).toEqual([]);
    } finally {
      await worker.dispose();
    }
  });

  it('half configured (a key without its buckets): every callback is refused with a 500, none forwarded', async () => {
    const worker = await startWorker({ CI_SECRET_ID: CREDENTIALS.secretId, CI_SECRET_KEY: CREDENTIALS.secretKey });
    try {
      expect((await worker.post(transcode.text)).status).toBe(500);
      expect(worker.sent).toEqual([]);
      expect(worker.logs.join('\n')).not.toContain(CREDENTIALS.secretKey);
    } finally {
      await worker.dispose();
    }
  });
});
