// The Cloudflare Worker example in workerd: what it answers, what it queues and archives, and
// what reaches the downstream when parts of the system fail.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, TOKEN, type WorkerUnderTest } from './worker/harness.js';

const transcode = (jobId: string, state = 'Success', extra = '') =>
  `<Response><EventName>TaskFinish</EventName><JobsDetail><Code>Success</Code><JobId>${jobId}</JobId><State>${state}</State><Tag>Transcode</Tag>` +
  `<QueueId>p1</QueueId><Input><BucketId>bucket-1250000000</BucketId><Region>ap-chongqing</Region><Object>in.mp4</Object></Input>` +
  `<Operation><TemplateId>t1</TemplateId>${extra}</Operation></JobsDetail></Response>`;

describe('the Worker refuses what is not a genuine callback, queuing and archiving nothing', () => {
  let worker: WorkerUnderTest;
  beforeAll(async () => {
    worker = await startWorker();
  });
  afterAll(() => worker?.dispose());
  afterEach(async () => {
    expect(worker.sent).toEqual([]);
    expect(worker.attempted).toEqual([]);
  });

  it('answers 401 without a token, and archives nothing', async () => {
    const response = await worker.post(transcode('j-401'), { path: '/ci/' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await worker.archiveKeys()).toEqual([]);
  });

  it('answers 401 with a wrong token, in the path or the query', async () => {
    for (const path of ['/ci/not-the-token-0123456789', '/ci?token=not-the-token-0123456789']) {
      const response = await worker.post(transcode('j-401b'), { path });
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain('not-the-token');
    }
    expect(await worker.archiveKeys()).toEqual([]);
  });

  it('answers 405 with Allow: POST to a GET', async () => {
    const response = await worker.post(null, { method: 'GET' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers 415 to a content type that is neither XML nor JSON', async () => {
    const response = await worker.post(transcode('j-415'), { contentType: 'image/png' });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
  });

  it('answers 413 to a body declared larger than 4 MiB, without reading it', async () => {
    let pulled = 0;
    // Declares 5 MB, sends one chunk and waits: only the header can decide.
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 1) return new Promise<void>(() => {});
        controller.enqueue(new TextEncoder().encode('<Response>'));
        return undefined;
      },
    });
    const response = await worker.post(stream, { headers: { 'content-length': String(5 * 1024 * 1024) } });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'BODY_TOO_LARGE' });
    expect(pulled).toBeLessThanOrEqual(2);
  });

  it('answers 413 to a streamed body without Content-Length once it passes 4 MiB', async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode(`<a>${'x'.repeat(64 * 1024)}`);
    // 4.2 MB, then the sender waits, as a slow client would: a client still writing when the
    // server answers early may see a connection reset instead of the 413.
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 64) return new Promise<void>(() => {});
        controller.enqueue(chunk);
        return undefined;
      },
    });
    const response = await worker.post(stream);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'BODY_TOO_LARGE' });
    expect(await worker.archiveKeys()).toEqual([]);
  });

  it('answers 403 to a bucket off the allow-list', async () => {
    const restricted = await startWorker({ ALLOWED_BUCKETS: 'mine-1250000000' });
    try {
      const response = await restricted.post(transcode('j-403'));
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'FORBIDDEN', issues: [{ path: 'JobsDetail.0.Input.BucketId' }] });
      expect(restricted.sent).toEqual([]);
      // Kept for audit under forbidden/ only: never where accepted events go.
      expect((await restricted.archiveKeys()).filter((key) => !key.startsWith('forbidden/'))).toEqual([]);
      const allowed = await restricted.post(transcode('j-403').replace('bucket-1250000000', 'mine-1250000000'));
      expect(allowed.status).toBe(200);
    } finally {
      await restricted.dispose();
    }
  });

  it('answers 400 with the code and dotted path, and keeps the rejected body under rejected/', async () => {
    const response = await worker.post(transcode('j-400').replace('<JobId>', '<JobId><Bad>'), {});
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'MALFORMED_XML' });
    const invalid = await worker.post(
      '<Response><EventName>TaskFinish</EventName><JobsDetail><Tag>Transcode</Tag><Operation><MediaInfo><Format><Duration>long</Duration></Format></MediaInfo></Operation></JobsDetail></Response>',
    );
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ code: 'INVALID_CALLBACK', issues: [{ path: 'JobsDetail.0.Operation.MediaInfo.Format.Duration' }] });
    const keys = await worker.archiveKeys();
    expect(keys).toHaveLength(2);
    for (const key of keys) expect(key).toMatch(/^rejected\/\d{4}-\d{2}-\d{2}\/.+\.xml$/);
  });

  it('never writes the token to its logs', () => {
    expect(worker.logs.length).toBeGreaterThan(0);
    expect(worker.logs.join('\n')).not.toContain(TOKEN);
  });
});

describe('the Worker loses nothing and delivers each event once', () => {
  let worker: WorkerUnderTest;
  beforeAll(async () => {
    worker = await startWorker();
  });
  afterAll(() => worker?.dispose());

  it('answers 503 when the Queue fails, after archiving the raw body; the same body again after recovery reaches the downstream once', async () => {
    const body = transcode('j-503');
    worker.failQueueSend = () => true;
    const failed = await worker.post(body);
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).not.toBeNull();
    expect(await failed.json()).toMatchObject({ code: 'FORWARD_FAILED' });
    expect(worker.sent.filter((m) => m.id === 'j-503:Success')).toEqual([]);
    const archived = (await worker.archiveKeys()).filter((key) => key.includes('j-503:Success'));
    expect(archived).toHaveLength(1);
    expect(new TextDecoder().decode(await worker.archived(archived[0]!))).toBe(body);

    worker.failQueueSend = () => false;
    const retried = await worker.post(body);
    expect(retried.status).toBe(200);
    await worker.waitFor(() => worker.delivered.some((d) => d.id === 'j-503:Success'), 'the delivery');
    await worker.waitFor(() => worker.outcomes.some((o) => o.id === 'j-503:Success' && o.outcome === 'ack'), 'the ack');
    expect(worker.delivered.filter((d) => d.id === 'j-503:Success')).toHaveLength(1);
  });

  it('drops a repeated delivery of the same callback: two 200s, two messages, one downstream event', async () => {
    const body = transcode('j-dup');
    expect((await worker.post(body)).status).toBe(200);
    expect((await worker.post(body)).status).toBe(200);
    expect(worker.sent.filter((m) => m.id === 'j-dup:Success')).toHaveLength(2);
    await worker.waitFor(() => worker.outcomes.filter((o) => o.id === 'j-dup:Success' && o.outcome === 'ack').length === 2, 'both messages settled');
    expect(worker.delivered.filter((d) => d.id === 'j-dup:Success')).toHaveLength(1);
    expect(worker.logs.some((line) => line.includes('duplicate dropped (already delivered) [j-dup:Success]'))).toBe(true);
  });

  it('treats a new State of the same job as a new event (JobId:State keys)', async () => {
    expect((await worker.post(transcode('j-states', 'Running'))).status).toBe(200);
    expect((await worker.post(transcode('j-states', 'Success'))).status).toBe(200);
    await worker.waitFor(() => worker.delivered.filter((d) => d.id.startsWith('j-states:')).length === 2, 'both states');
    expect(
      worker.delivered
        .filter((d) => d.id.startsWith('j-states:'))
        .map((d) => d.id)
        .sort(),
    ).toEqual(['j-states:Running', 'j-states:Success']);
  });

  it('retries a failing downstream with the same webhook-id until it accepts, delivering once', async () => {
    let failures = 3;
    worker.downstreamStatus = () => (failures-- > 0 ? 500 : 204);
    expect((await worker.post(transcode('j-flaky'))).status).toBe(200);
    await worker.waitFor(() => worker.delivered.some((d) => d.id === 'j-flaky:Success'), 'the delivery after retries');
    worker.downstreamStatus = () => 204;
    expect(worker.outcomes.filter((o) => o.id === 'j-flaky:Success' && o.outcome === 'retry')).toHaveLength(3);
    expect(worker.delivered.filter((d) => d.id === 'j-flaky:Success')).toHaveLength(1);
  });

  it('moves a message that never gets through to the dead-letter queue and keeps it in R2', async () => {
    worker.downstreamStatus = () => 503;
    try {
      expect((await worker.post(transcode('j-dead'))).status).toBe(200);
      await worker.waitFor(() => worker.outcomes.some((o) => o.id === 'j-dead:Success' && o.queue === 'wanxiang-events-dlq'), 'the dead letter');
      const dead = (await worker.archiveKeys()).filter((key) => key.startsWith('dead-letter/'));
      expect(dead.some((key) => key.endsWith('/j-dead:Success.json'))).toBe(true);
      expect(worker.delivered.some((d) => d.id === 'j-dead:Success')).toBe(false);
    } finally {
      worker.downstreamStatus = () => 204;
    }
  });

  it('sends an event too large for a Queue message as a pointer to its R2 copy, and delivers it whole', async () => {
    const userData = 'u'.repeat(200 * 1024);
    const response = await worker.post(transcode('j-large', 'Success', `<UserData>${userData}</UserData>`));
    expect(response.status).toBe(200);
    const message = worker.sent.find((m) => m.id === 'j-large:Success')!;
    expect(message.inline).toBe(false);
    expect(message.archiveKey).toMatch(/^events\/.+\/j-large:Success\.xml$/);
    await worker.waitFor(() => worker.delivered.some((d) => d.id === 'j-large:Success'), 'the large delivery');
    const delivery = worker.delivered.find((d) => d.id === 'j-large:Success')!;
    expect(delivery.payload.data.JobsDetail[0].Operation.UserData).toBe(userData);
  });

  it("answers CI's test request 200 without queuing it", async () => {
    const sent = worker.sent.length;
    const response = await worker.post(
      JSON.stringify({ code: 0, message: 'Test request when setting callback url', data: { trace_id: 'test_trace_id', url: 'test_url', result: 0, forbidden_status: 0 } }),
      { contentType: 'application/json' },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, test: true });
    expect(worker.sent.length).toBe(sent);
  });

  it('logs each event as it goes through the queue: EventName, Tag, JobId, State', () => {
    expect(worker.logs.some((line) => /TaskFinish Transcode JobId=j-dup State=Success → delivered/.test(line))).toBe(true);
  });
});
