// createReceiver with callbacks it accepts: what is forwarded and answered, CI's test request,
// logging, and its options. Refusals: receiver-refusals.test.ts; failures: receiver-failures.test.ts.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReceiver, type Delivery } from '../src/index.js';
import { bodyOf, jobXml, multiKeyId, post, reviewImageJson, setup, simpleJson, TASK_XML, TEST_REQUEST_JSON, TOKEN, taskXml, URL_WITH_TOKEN, workflowJson } from './support/fixtures.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('an accepted callback', () => {
  it('is forwarded once with id, keys, event, exact raw bytes, content type and version, and receivedAt', async () => {
    const { receiver, deliveries } = setup();
    const before = Date.now();
    const response = await receiver.fetch(post(TASK_XML, { contentType: 'application/xml' }));
    const after = Date.now();

    expect(response.status).toBe(200);
    expect(deliveries).toHaveLength(1);
    const delivery = deliveries[0]!;
    expect(delivery.id).toBe('j1:Success');
    expect(delivery.keys).toEqual(['j1:Success']);
    expect(delivery.event.EventName).toBe('TaskFinish');
    if (delivery.event.EventName !== 'TaskFinish') throw new Error('expected a TaskFinish event');
    expect(delivery.event.JobsDetail).toHaveLength(1);
    expect(delivery.event.JobsDetail[0]).toMatchObject({ JobId: 'j1', State: 'Success', Tag: 'Transcode', QueueId: 'p1' });
    expect(delivery.event.JobsDetail[0]!.Input).toMatchObject({ BucketId: 'bucket-125', Region: 'ap-chongqing', Object: 'a.mp4' });
    expect(delivery.raw).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(delivery.raw)).toBe(TASK_XML);
    expect(delivery.contentType).toBe('application/xml');
    expect(delivery.contentVersion).toBeNull();
    expect(delivery.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const receivedAt = Date.parse(delivery.receivedAt);
    expect(receivedAt).toBeGreaterThanOrEqual(before);
    expect(receivedAt).toBeLessThanOrEqual(after);
    expect(delivery.archiveKey).toBeUndefined();
    expect(Object.keys(delivery).sort()).toEqual(['contentType', 'contentVersion', 'event', 'id', 'keys', 'raw', 'receivedAt']);
  });

  it('answers {ok:true,id,keys} as uncached JSON', async () => {
    const { receiver } = setup();
    const response = await receiver.fetch(post(TASK_XML));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await bodyOf(response)).toEqual({ ok: true, id: 'j1:Success', keys: ['j1:Success'] });
  });

  it('keeps the raw bytes exactly: BOM, CRLF, indentation and multi-byte text, read from a chunked stream', async () => {
    const { receiver, deliveries } = setup();
    const text = `\uFEFF<Response>\r\n  <EventName>TaskFinish</EventName>\r\n  ${jobXml('任务-1')}\r\n</Response>\r\n`;
    const bytes = new TextEncoder().encode(text);
    // Split inside a multi-byte character, so a decode-and-re-encode would show.
    const cut = bytes.indexOf(0xe4) + 1;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    const response = await receiver.fetch(post(stream, { contentType: 'text/xml; charset=utf-8' }));
    expect(response.status).toBe(200);
    expect(Array.from(deliveries[0]!.raw)).toEqual(Array.from(bytes));
    // Not printable ASCII, so not usable as a webhook-id header: the key is its digest.
    expect(deliveries[0]!.keys).toEqual([`sha256:${createHash('sha256').update('任务-1:Success').digest('hex')}`]);
    expect(deliveries[0]!.contentType).toBe('text/xml; charset=utf-8');
  });

  it('passes X-Ci-Content-Version on as contentVersion and uses it to read a moderation body', async () => {
    const { receiver, deliveries } = setup();
    const response = await receiver.fetch(post(reviewImageJson('si-7'), { headers: { 'x-ci-content-version': 'Detail' } }));
    expect(response.status).toBe(200);
    expect(deliveries[0]!.contentVersion).toBe('Detail');
    expect(deliveries[0]!.event.EventName).toBe('ReviewImage');
    expect(await bodyOf(response)).toEqual({ ok: true, id: 'si-7', keys: ['si-7'] });
  });

  it('accepts a body without Content-Type by sniffing it', async () => {
    const { receiver, deliveries } = setup();
    const response = await receiver.fetch(post(new TextEncoder().encode(workflowJson('run-9')), { contentType: null }));
    expect(response.status).toBe(200);
    expect(deliveries[0]!.contentType).toBeNull();
    expect(deliveries[0]!.id).toBe('run-9');
  });

  it.each([
    ['a TaskFinish with two jobs', taskXml(jobXml('j1', 'Success'), jobXml('j2', 'Failed')), {}, ['j1:Success', 'j2:Failed']],
    ['a WorkflowFinish', workflowJson('run-1'), {}, ['run-1']],
    ['a Detail moderation result', reviewImageJson('si-1'), { 'x-ci-content-version': 'Detail' }, ['si-1']],
    ['a Simple moderation result', simpleJson('trace-1'), { 'x-ci-content-version': 'Simple' }, ['trace-1']],
  ])('answers the idempotency keys of %s', async (_name, body, headers, keys) => {
    const { receiver, deliveries } = setup();
    const response = await receiver.fetch(post(body, { headers }));
    expect(await bodyOf(response)).toEqual({ ok: true, id: keys.length === 1 ? keys[0] : multiKeyId(keys), keys });
    expect(deliveries.map((delivery) => delivery.keys)).toEqual([keys]);
  });

  it('forwards a repeated delivery again, with the same id both times', async () => {
    const { receiver, deliveries } = setup();
    await receiver.fetch(post(TASK_XML));
    await receiver.fetch(post(TASK_XML));
    expect(deliveries.map((delivery) => delivery.id)).toEqual(['j1:Success', 'j1:Success']);
  });
});

describe('CI test request', () => {
  it('answers 200 {ok:true,test:true}, logs it with logger.info, and forwards nothing', async () => {
    const { receiver, deliveries, logs, errors } = setup();
    const handler = vi.fn();
    receiver.onAny(handler);
    const response = await receiver.fetch(post(TEST_REQUEST_JSON));
    expect(response.status).toBe(200);
    expect(await bodyOf(response)).toEqual({ ok: true, test: true });
    expect(deliveries).toEqual([]);
    expect(handler).not.toHaveBeenCalled();
    expect(errors).toEqual([]);
    const infos = logs.filter((call) => call.level === 'info');
    expect(infos).toHaveLength(1);
    expect(infos[0]!.message).toMatch(/test request/);
    expect(infos[0]!.fields).toEqual({ receivedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
  });

  it('is still refused without a token', async () => {
    const { receiver } = setup();
    const response = await receiver.fetch(post(TEST_REQUEST_JSON, { url: 'https://hooks.example.com/ci/' }));
    expect(response.status).toBe(401);
  });

  it('is told from a real Simple result with another message, which is forwarded', async () => {
    const { receiver, deliveries } = setup();
    const response = await receiver.fetch(post(TEST_REQUEST_JSON.replace('Test request when setting callback url', 'OK')));
    expect(response.status).toBe(200);
    expect(await bodyOf(response)).toEqual({ ok: true, id: 'test_trace_id', keys: ['test_trace_id'] });
    expect(deliveries).toHaveLength(1);
  });
});

describe('logging', () => {
  it('logs to console by default', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const receiver = createReceiver({ tokens: [TOKEN], forwarder: { send: async () => {} } });
    await receiver.fetch(new Request(URL_WITH_TOKEN));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![1]).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED' });
  });

  it('logs nothing with logger: false', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => {}));
    const receiver = createReceiver({
      tokens: [TOKEN],
      forwarder: { send: async () => Promise.reject(new Error('down')) },
      logger: false,
    });
    expect((await receiver.fetch(new Request(URL_WITH_TOKEN))).status).toBe(405);
    expect((await receiver.fetch(post(TEST_REQUEST_JSON))).status).toBe(200);
    expect((await receiver.fetch(post(TASK_XML))).status).toBe(503);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('logs neither the body nor the delivery', async () => {
    const { receiver, logs } = setup({ forwarder: { send: async () => Promise.reject(new Error('down')) } });
    await receiver.fetch(post(TASK_XML));
    await receiver.fetch(post('<a>bucket-125'));
    const logged = JSON.stringify(logs);
    expect(logs.length).toBeGreaterThanOrEqual(2);
    expect(logged).not.toContain('bucket-125');
    expect(logged).not.toContain('a.mp4');
  });
});

describe('createReceiver options', () => {
  it('throws a TypeError without forwarder.send', () => {
    expect(() => createReceiver({ tokens: [TOKEN], forwarder: {} as never })).toThrow(TypeError);
    expect(() => createReceiver({ tokens: [TOKEN], forwarder: undefined as never })).toThrow(/forwarder\.send/);
  });

  it('returns the receiver from on, onAny and onError, so calls chain', () => {
    const { receiver } = setup();
    expect(receiver.on('TaskFinish', () => {})).toBe(receiver);
    expect(receiver.onAny(() => {})).toBe(receiver);
    expect(receiver.onError(() => {})).toBe(receiver);
  });

  it('gives each delivery its own object: forwarding one does not change the next', async () => {
    const seen: Delivery[] = [];
    const { receiver } = setup({
      forwarder: {
        send: async (delivery) => {
          seen.push(delivery);
        },
      },
    });
    await receiver.fetch(post(TASK_XML));
    await receiver.fetch(post(workflowJson('run-2')));
    expect(seen.map((delivery) => delivery.id)).toEqual(['j1:Success', 'run-2']);
    expect(seen[0]).not.toBe(seen[1]);
  });
});
