// The confirm option: every valid callback is looked up before it is forwarded. CI disagreeing
// is a 403; CI failing or silent is a 503 (CI delivers again), and the body is kept either way.
// The echo option: a callback without a valid echo is refused before any lookup.
import { describe, expect, it } from 'vitest';
import {
  type Confirm,
  type Confirmation,
  createDeliverer,
  createReceiver,
  createRelay,
  inlineRelayMessage,
  isRelayMessage,
  referenceRelayMessage,
  relayMessageProblem,
  replayArchive,
  signEcho,
} from '../src/index.js';
import { createMemoryArchive, createMemoryLedger } from '../src/testing/index.js';
import { bodyOf, jobXml, post, setup, TEST_REQUEST_JSON, TOKEN, taskXml } from './support/fixtures.js';

const confirming = (answer: (event: unknown) => Confirmation | Promise<Confirmation>) => {
  const seen: unknown[] = [];
  const confirm: Confirm = async (event) => {
    seen.push(event);
    return answer(event);
  };
  return { confirm, seen };
};

describe('confirm: looked up before forwarding', () => {
  it('forwards a confirmed callback with CI’s record as Delivery.record', async () => {
    const record = { JobsDetail: [{ JobId: 'j1', State: 'Success' }] };
    const { confirm, seen } = confirming(() => ({ confirmed: true, record }));
    const { receiver, deliveries, order } = setup({ confirm, withArchive: true });
    const response = await receiver.fetch(post(taskXml()));
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(1);
    expect((seen[0] as { JobsDetail: { JobId: string }[] }).JobsDetail[0]!.JobId).toBe('j1');
    expect(deliveries[0]!.record).toEqual(record);
    expect(order).toEqual(['archive:accepted', 'forward']);
  });

  it('refuses with 403 UNCONFIRMED what CI does not confirm, keeps it under unconfirmed/, tells onError, forwards nothing', async () => {
    const { confirm } = confirming(() => ({ confirmed: false, reason: 'State is Failed at CI, Success in the callback', path: 'JobsDetail.0.State' }));
    const { receiver, deliveries, archived, errors } = setup({ confirm, withArchive: true });
    const response = await receiver.fetch(post(taskXml()));
    expect(response.status).toBe(403);
    expect(await bodyOf(response)).toMatchObject({
      code: 'UNCONFIRMED',
      message: 'Not confirmed by CI: JobsDetail.0.State: State is Failed at CI, Success in the callback',
      issues: [{ path: 'JobsDetail.0.State', message: 'State is Failed at CI, Success in the callback' }],
    });
    expect(deliveries).toEqual([]);
    expect(archived.map((entry) => [entry.status, entry.key.split('/')[0], entry.error?.code])).toEqual([['unconfirmed', 'unconfirmed', 'UNCONFIRMED']]);
    await receiver.drain();
    expect(errors.map(({ error, context }) => [error.code, context.status])).toEqual([['UNCONFIRMED', 403]]);
  });

  it('answers 503 CONFIRM_FAILED with Retry-After when the lookup throws, after keeping the body', async () => {
    const confirm: Confirm = async () => {
      throw new TypeError('fetch failed');
    };
    const { receiver, deliveries, archived, errors, logs } = setup({ confirm, withArchive: true });
    const response = await receiver.fetch(post(taskXml()));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect((await bodyOf(response)).code).toBe('CONFIRM_FAILED');
    expect(deliveries).toEqual([]);
    expect(archived.map((entry) => entry.key.split('/')[0])).toEqual(['unconfirmed']);
    await receiver.drain();
    expect(errors.map(({ error }) => error.code)).toEqual(['CONFIRM_FAILED']);
    expect(logs.some((call) => call.level === 'error' && JSON.stringify(call.fields).includes('fetch failed'))).toBe(true);
  });

  it('answers 503 CONFIRM_TIMEOUT within confirmTimeoutMs when CI never answers, and aborts the lookup', async () => {
    let signal: AbortSignal | undefined;
    const confirm: Confirm = (_event, context) => {
      signal = context.signal;
      return new Promise(() => {});
    };
    const { receiver, archived } = setup({ confirm, confirmTimeoutMs: 80, withArchive: true });
    const started = performance.now();
    const response = await receiver.fetch(post(taskXml()));
    const elapsed = performance.now() - started;
    expect(response.status).toBe(503);
    expect((await bodyOf(response)).code).toBe('CONFIRM_TIMEOUT');
    expect(elapsed).toBeGreaterThanOrEqual(70);
    expect(elapsed).toBeLessThan(1_000);
    expect(signal?.aborted).toBe(true);
    expect(archived.map((entry) => entry.error?.code)).toEqual(['CONFIRM_TIMEOUT']);
  });

  it('keeps one copy of a callback CI delivers again and again while its API is down', async () => {
    const confirm: Confirm = async () => {
      throw new Error('unreachable');
    };
    const archive = createMemoryArchive();
    const receiver = createReceiver({ tokens: [TOKEN], forwarder: { send: async () => {} }, archive, confirm, logger: false });
    for (let attempt = 0; attempt < 3; attempt++) expect((await receiver.fetch(post(taskXml()))).status).toBe(503);
    expect([...archive.entries.keys()]).toEqual([expect.stringMatching(/^unconfirmed\/\d{4}-\d{2}-\d{2}\/[0-9a-f]{32}\.xml$/)]);
  });

  it.each([
    ['undefined', undefined],
    ['a string', 'yes'],
    ['an object without confirmed', { ok: true }],
  ])('answers 503 CONFIRM_FAILED when confirm resolves %s', async (_what, value) => {
    const { receiver } = setup({ confirm: (async () => value) as unknown as Confirm });
    const response = await receiver.fetch(post(taskXml()));
    expect(response.status).toBe(503);
    expect((await bodyOf(response)).code).toBe('CONFIRM_FAILED');
  });

  it('bounds and escapes what the lookup says in the answer', async () => {
    const { confirm } = confirming(() => ({ confirmed: false, reason: `\u0000${'x'.repeat(10_000)}` }));
    const { receiver } = setup({ confirm });
    const body = await bodyOf(await receiver.fetch(post(taskXml())));
    expect(String(body.message).length).toBeLessThan(400);
    expect(String(body.message)).not.toContain('\u0000');
  });

  it('does not look up what is refused first: a bad token, a bad body, CI’s test request', async () => {
    const { confirm, seen } = confirming(() => ({ confirmed: true, record: null }));
    const { receiver } = setup({ confirm });
    expect((await receiver.fetch(post(taskXml(), { url: 'https://hooks.example.com/ci/wrong-token-0123456789' }))).status).toBe(401);
    expect((await receiver.fetch(post('<Response><EventName>TaskFinish</EventName></Response>'))).status).toBe(400);
    expect((await receiver.fetch(post(TEST_REQUEST_JSON, { contentType: 'application/json' }))).status).toBe(200);
    expect(seen).toEqual([]);
  });

  it('replays a body kept while CI was down, confirming it again', async () => {
    const archive = createMemoryArchive();
    const sent: unknown[] = [];
    let up = false;
    const confirm: Confirm = async () => {
      if (!up) throw new Error('unreachable');
      return { confirmed: true, record: { found: true } };
    };
    const receiver = createReceiver({ tokens: [TOKEN], forwarder: { send: async (delivery) => void sent.push(delivery.record) }, archive, confirm, logger: false });
    expect((await receiver.fetch(post(taskXml(jobXml('j7'))))).status).toBe(503);
    up = true;
    const report = await replayArchive(receiver, archive, { prefix: 'unconfirmed/' });
    expect(report.results.map((result) => result.outcome)).toEqual(['forwarded']);
    expect(sent).toEqual([{ found: true }]);
    expect([...archive.entries.keys()].filter((key) => key.startsWith('unconfirmed/'))).toEqual([]);
  });

  it('refuses a confirm that is not a function, at createReceiver', () => {
    expect(() => createReceiver({ tokens: [TOKEN], forwarder: { send: async () => {} }, confirm: 'yes' as never })).toThrow(TypeError);
    expect(() => createReceiver({ tokens: [TOKEN], forwarder: { send: async () => {} }, confirm: async () => ({ confirmed: true, record: 1 }), confirmTimeoutMs: 0 })).toThrow(TypeError);
  });
});

describe('echo: refused without a valid echo, before any lookup', () => {
  const SECRET = 'echo-secret-0123456789abcdef';
  const signedJob = async (id: string, secret = SECRET) =>
    jobXml(id, 'Success', 'Transcode', `<Operation><UserData>${await signEcho(secret, `job-${id}`, { field: 'UserData' })}</UserData></Operation><Input><Object>a.mp4</Object></Input>`);

  it('forwards a callback whose every job echoes a valid MAC', async () => {
    const { receiver, deliveries } = setup({ echo: { secrets: [SECRET] } });
    expect((await receiver.fetch(post(taskXml(await signedJob('j1'), await signedJob('j2'))))).status).toBe(200);
    expect(deliveries).toHaveLength(1);
  });

  it('refuses with 403 ECHO_INVALID, at the job at fault, and keeps it under forbidden/', async () => {
    const { confirm, seen } = confirming(() => ({ confirmed: true, record: null }));
    const { receiver, deliveries, archived } = setup({ echo: { secrets: [SECRET] }, confirm, withArchive: true });
    const response = await receiver.fetch(post(taskXml(await signedJob('j1'), await signedJob('j2', 'another-secret-0123456789'))));
    expect(response.status).toBe(403);
    const body = await bodyOf(response);
    expect(body.code).toBe('ECHO_INVALID');
    expect(body.issues).toMatchObject([{ path: 'JobsDetail.1.Operation.UserData' }]);
    expect(deliveries).toEqual([]);
    expect(seen).toEqual([]);
    expect(archived.map((entry) => [entry.status, entry.error?.code])).toEqual([['forbidden', 'ECHO_INVALID']]);
  });

  it('refuses a callback that echoes nothing', async () => {
    const { receiver } = setup({ echo: { secrets: [SECRET] } });
    const body = await bodyOf(await receiver.fetch(post(taskXml())));
    expect(body).toMatchObject({ code: 'ECHO_INVALID', issues: [{ path: 'JobsDetail.0.Operation.UserData' }] });
  });

  it.each([
    ['no secret', { secrets: [] }],
    ['a short secret', { secrets: ['short'] }],
    ['a header that is not x-cos-meta-', { secrets: [SECRET], header: 'x-echo' }],
    ['not an object', 'secret' as never],
  ])('refuses %s at createReceiver', (_what, echo) => {
    expect(() => createReceiver({ tokens: [TOKEN], forwarder: { send: async () => {} }, echo: echo as never })).toThrow(TypeError);
  });
});

describe("CI's record travels with the event: queue message, relay, downstream POST", () => {
  it('inline, narrowed per job like the event; never with a reference; checked by isRelayMessage', async () => {
    const record = {
      EventName: 'TaskFinish',
      JobsDetail: [
        { JobId: 'j1', State: 'Success', Tag: 'Transcode' },
        { JobId: 'j2', State: 'Success', Tag: 'Transcode' },
      ],
    };
    const { confirm } = confirming(() => ({ confirmed: true, record }));
    const { receiver, deliveries } = setup({ confirm });
    expect((await receiver.fetch(post(taskXml(jobXml('j1'), jobXml('j2'))))).status).toBe(200);
    const delivery = deliveries[0]!;
    const message = inlineRelayMessage(delivery, Infinity)!;
    expect(message.record).toEqual(record);
    expect(isRelayMessage(message)).toBe(true);
    expect(relayMessageProblem({ ...message, record: 'text' })).toBe('record');
    const reference = await referenceRelayMessage(delivery, 'events/x.xml');
    expect(reference.record).toBeUndefined();
    expect(relayMessageProblem({ ...reference, record })).toBe('record');

    const posted: { key: string; record: unknown }[] = [];
    const relay = createRelay({
      ledger: createMemoryLedger(),
      deliverer: createDeliverer({
        url: 'https://downstream.example/',
        secret: `whsec_${btoa('k'.repeat(32))}`,
        fetch: (async (_url: string, init: RequestInit) => {
          const payload = JSON.parse(init.body as string);
          posted.push({ key: payload.key, record: payload.record });
          return new Response(null, { status: 204 });
        }) as never,
      }),
      logger: false,
    });
    expect((await relay.handle(message)).status).toBe('done');
    expect(posted.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: 'j1:Success', record: { EventName: 'TaskFinish', JobsDetail: [record.JobsDetail[0]] } },
      { key: 'j2:Success', record: { EventName: 'TaskFinish', JobsDetail: [record.JobsDetail[1]] } },
    ]);
  });
});
