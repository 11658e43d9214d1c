// One receiver contract, run against every runtime (h3's describeMatrix is the model): the
// statuses, one forward per accepted callback, handlers that run, limits on big and slow
// bodies, and nothing forwarded on a refusal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sink, startSink } from './sink.js';
import type { StartTarget, Target } from './targets.js';
import type { CallSpec } from './transport.js';

export const TOKEN = 'matrix-token-0123456789';
const MAX_BYTES = 64 * 1024;
const BODY_TIMEOUT_MS = 1_000;

const utf8 = (text: string) => new TextEncoder().encode(text);

const taskXml = (jobId: string, state = 'Success') =>
  `<Response><EventName>TaskFinish</EventName><JobsDetail><Code>Success</Code><JobId>${jobId}</JobId><State>${state}</State><Tag>Transcode</Tag><QueueId>p1</QueueId><Input><BucketId>bucket-125</BucketId><Region>ap-chongqing</Region><Object>a.mp4</Object></Input></JobsDetail></Response>`;

const taskJson = (jobId: string) => JSON.stringify({ EventName: 'TaskFinish', JobsDetail: [{ Code: 'Success', JobId: jobId, State: 'Success', Tag: 'Transcode', QueueId: 'p1' }] });

const TEST_REQUEST = '{"code":0,"message":"Test request when setting callback url","data":{"trace_id":"test_trace_id","url":"u","result":0,"forbidden_status":0}}';

const callback = (body: string, contentType = 'application/xml', path = `/ci/${TOKEN}`): CallSpec => ({
  path,
  headers: { 'content-type': contentType },
  chunks: [utf8(body)],
});

/** Resolves once `condition` holds; throws with `what` after `timeoutMs`. */
async function eventually(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function describeContract(name: string, start: StartTarget): void {
  describe(`the receiver contract on ${name}`, () => {
    let sink: Sink;
    let target: Target;
    let serial = 0;
    /** A job id no other case (or runtime) uses. */
    const jobId = (label: string) => `${name.replace(/\W+/g, '-')}-${label}-${++serial}`;
    const forwardsOf = (id: string) => sink.forwarded.filter((entry) => entry.id === id).length;
    const send = (spec: CallSpec) => target.transport(spec);

    beforeAll(async () => {
      sink = await startSink();
      target = await start({ WANXIANG_TOKEN: TOKEN, SINK_URL: sink.url, MAX_BYTES: String(MAX_BYTES), BODY_TIMEOUT_MS: String(BODY_TIMEOUT_MS) });
    }, 90_000);
    afterAll(async () => {
      await target?.stop();
      await sink?.close();
    });

    it('accepts an XML callback: 200 {ok,id,keys} after one forward, then runs its job handler', async () => {
      const id = jobId('xml');
      const answer = await send(callback(taskXml(id)));
      expect(answer.status, answer.text).toBe(200);
      expect(answer.json()).toEqual({ ok: true, id: `${id}:Success`, keys: [`${id}:Success`] });
      expect(forwardsOf(`${id}:Success`)).toBe(1); // durable before the answer
      await eventually(() => sink.handled.some((entry) => entry.key === `${id}:Success`), 'the Transcode handler');
      expect(sink.handled.filter((entry) => entry.key === `${id}:Success`)).toEqual([{ key: `${id}:Success`, tag: 'Transcode', state: 'Success' }]);
    });

    it('accepts the same callback as JSON, forwarded once', async () => {
      const id = jobId('json');
      const answer = await send(callback(taskJson(id), 'application/json'));
      expect(answer.status, answer.text).toBe(200);
      expect(forwardsOf(`${id}:Success`)).toBe(1);
      expect(sink.forwarded.find((entry) => entry.id === `${id}:Success`)).toMatchObject({ eventName: 'TaskFinish', keys: [`${id}:Success`] });
    });

    it('answers 20 concurrent callbacks 200, each forwarded exactly once', async () => {
      const ids = Array.from({ length: 20 }, () => jobId('concurrent'));
      const answers = await Promise.all(ids.map((id) => send(callback(taskXml(id)))));
      expect(answers.map((answer) => answer.status)).toEqual(ids.map(() => 200));
      expect(ids.map((id) => forwardsOf(`${id}:Success`))).toEqual(ids.map(() => 1));
      await eventually(() => ids.every((id) => sink.handled.some((entry) => entry.key === `${id}:Success`)), 'every handler');
    });

    it("answers CI's test request 200 {ok,test:true} and forwards nothing", async () => {
      const before = sink.forwarded.length;
      const answer = await send(callback(TEST_REQUEST, 'application/json'));
      expect(answer.status, answer.text).toBe(200);
      expect(answer.json()).toEqual({ ok: true, test: true });
      expect(sink.forwarded.length).toBe(before);
    });

    it('answers 503 with Retry-After when the forwarder fails, and runs no handler', async () => {
      const id = `fail-forward-${jobId('down')}`;
      const answer = await send(callback(taskXml(id)));
      expect(answer.status, answer.text).toBe(503);
      expect(answer.json().code).toBe('FORWARD_FAILED');
      expect(answer.headers['retry-after']).toBe('30');
      expect(sink.refused).toContain(`${id}:Success`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(sink.handled.some((entry) => entry.key === `${id}:Success`)).toBe(false);
    });

    describe('refusals forward nothing', () => {
      const refusals: [string, () => CallSpec, number, string][] = [
        ['no token', () => callback(taskXml(jobId('no-token')), 'application/xml', '/ci/'), 401, 'UNAUTHORIZED'],
        ['a wrong token', () => callback(taskXml(jobId('wrong')), 'application/xml', '/ci/wrong-token-0123456789'), 401, 'UNAUTHORIZED'],
        ['a GET', () => ({ method: 'GET', path: `/ci/${TOKEN}` }), 405, 'METHOD_NOT_ALLOWED'],
        ['an image/png body', () => callback(taskXml(jobId('png')), 'image/png'), 415, 'UNSUPPORTED_FORMAT'],
        ['malformed XML', () => callback(taskXml(jobId('broken')).slice(0, -12)), 400, 'MALFORMED_XML'],
        ['JSON that is not a callback', () => callback('{"hello":"world"}', 'application/json'), 400, 'INVALID_CALLBACK'],
        [
          'a declared Content-Length over maxBytes',
          () => ({ path: `/ci/${TOKEN}`, headers: { 'content-type': 'application/xml', 'content-length': String(MAX_BYTES + 1) }, chunks: [utf8('<Response>')], stall: true }),
          413,
          'BODY_TOO_LARGE',
        ],
        [
          'a chunked stream that passes maxBytes, then stalls',
          () => ({
            path: `/ci/${TOKEN}`,
            headers: { 'content-type': 'application/xml', 'transfer-encoding': 'chunked' },
            chunks: [utf8('<Response><Message>'), ...Array.from({ length: 10 }, () => utf8('x'.repeat(8 * 1024)))],
            stall: true,
          }),
          413,
          'BODY_TOO_LARGE',
        ],
        [
          'a body that stops arriving',
          () => ({ path: `/ci/${TOKEN}`, headers: { 'content-type': 'application/xml', 'transfer-encoding': 'chunked' }, chunks: [utf8('<Response><EventName>')], stall: true }),
          408,
          'REQUEST_TIMEOUT',
        ],
      ];
      for (const [what, spec, status, code] of refusals) {
        it(`${what}: ${status} ${code}`, async () => {
          const before = sink.forwarded.length;
          const started = Date.now();
          const answer = await send(spec());
          expect(answer.status, answer.text).toBe(status);
          expect(answer.json().code).toBe(code);
          if (status === 405) expect(answer.headers.allow).toBe('POST');
          if (status === 408) expect(Date.now() - started).toBeLessThan(BODY_TIMEOUT_MS + 5_000);
          expect(sink.forwarded.length).toBe(before);
          expect(answer.text).not.toContain(TOKEN);
        });
      }
    });
  });
}
