// Replay: a kept body runs through the current parser, allow-list and forwarder again, and each
// of its keys reaches the downstream once however often it is replayed.
import { describe, expect, it } from 'vitest';
import { createDeliverer, createReceiver, createRelay, type Forwarder, inlineRelayMessage, type ReceiverOptions, replayArchive, replayRoute } from '../src/index.js';
import { createMemoryArchive, createMemoryLedger, deviantShapes } from '../src/testing/index.js';
import { jobXml, post, reviewImageJson, TEST_REQUEST_JSON, TOKEN, taskXml } from './support/fixtures.js';

const SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
const ADMIN = 'admin-token-0123456789abcdef';

/** One system: an archive, a relay with its ledger, a downstream that records what it was POSTed; receivers are made on it. */
function system() {
  const archive = createMemoryArchive();
  const posted: any[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    posted.push(JSON.parse(init.body as string));
    return new Response(null, { status: 204 });
  }) as unknown as typeof globalThis.fetch;
  const relay = createRelay({ ledger: createMemoryLedger(), deliverer: createDeliverer({ url: 'https://downstream.example/', secret: SECRET, fetch }), logger: false });
  const forwarder: Forwarder = {
    async send(delivery) {
      const result = await relay.handle(inlineRelayMessage(delivery, Infinity)!);
      if (result.status !== 'done') throw new Error(`relay: ${result.status}`);
    },
  };
  const receiver = (options: Partial<ReceiverOptions> = {}) => createReceiver({ tokens: [TOKEN], forwarder, archive, logger: false, ...options });
  return { archive, posted, receiver };
}

const keysUnder = (archive: ReturnType<typeof createMemoryArchive>, folder: string) => [...archive.entries.keys()].filter((key) => key.startsWith(folder));

describe('reject, upgrade, replay: delivered once', () => {
  for (const format of ['xml', 'json'] as const) {
    it(`a deviating ${format} body rejected by the old policy is delivered, flagged, by one replay, and by no other`, async () => {
      const { archive, posted, receiver } = system();
      const body = deviantShapes.objectAsList.body('jr1', format);
      const old = receiver({ invalid: 'reject' });
      expect((await old.fetch(post(body, { contentType: `application/${format}` }))).status).toBe(400);
      expect(keysUnder(archive, 'rejected/')).toHaveLength(1);
      expect(posted).toHaveLength(0);

      const upgraded = receiver();
      const dry = await replayArchive(upgraded, archive, { prefix: 'rejected/', dryRun: true });
      expect(dry.results).toEqual([expect.objectContaining({ outcome: 'would-forward', status: 200, keys: ['jr1:Success'], deviations: 1 })]);
      expect(posted).toHaveLength(0);
      expect(keysUnder(archive, 'events/')).toHaveLength(0);

      const [kept] = keysUnder(archive, 'rejected/');
      const report = await replayArchive(upgraded, archive, { prefix: 'rejected/' });
      expect(report.results).toEqual([expect.objectContaining({ key: kept, outcome: 'forwarded', keys: ['jr1:Success'] })]);
      expect(posted).toHaveLength(1);
      expect(posted[0]).toMatchObject({ key: 'jr1:Success', deviations: { count: 1, values: [{ path: deviantShapes.objectAsList.path }] } });

      // Replayed, it moved out of rejected/: a second replay finds nothing, however late it comes.
      expect(keysUnder(archive, 'rejected/')).toEqual([]);
      expect(keysUnder(archive, 'replayed/rejected/')).toHaveLength(1);
      expect((await replayArchive(upgraded, archive, { prefix: 'rejected/' })).results).toEqual([]);
      // The same body arriving from CI meanwhile: the ledger holds the key.
      expect((await upgraded.fetch(post(body, { contentType: `application/${format}` }))).status).toBe(200);
      expect(posted).toHaveLength(1);
    });
  }

  it('a body refused by a wrong allow-list is delivered once the list is fixed', async () => {
    const { archive, posted, receiver } = system();
    const body = taskXml(jobXml('jf1'));
    expect((await receiver({ allow: { BucketId: ['other-125'] } }).fetch(post(body))).status).toBe(403);
    const fixed = receiver({ allow: { BucketId: ['bucket-125'] } });
    expect((await replayArchive(fixed, archive, { prefix: 'forbidden/' })).results).toEqual([expect.objectContaining({ outcome: 'forwarded', keys: ['jf1:Success'] })]);
    expect(posted.map((payload) => payload.key)).toEqual(['jf1:Success']);
  });

  it('a Simple moderation body keeps its X-Ci-Content-Version through the archive', async () => {
    const { archive, posted, receiver } = system();
    // Named by EventName, this body is read as Simple only with its header.
    const body = '{"EventName":"ReviewImage","code":0,"message":"ok","data":{"trace_id":"trace-r1","url":{"x":"u"},"result":0}}';
    const headers = { 'x-ci-content-version': 'Simple' };
    expect((await receiver({ invalid: 'reject' }).fetch(post(body, { contentType: 'application/json', headers }))).status).toBe(400);
    expect([...archive.entries.values()][0]!.contentVersion).toBe('Simple');
    expect((await replayArchive(receiver(), archive, { prefix: 'rejected/' })).results[0]).toMatchObject({ outcome: 'forwarded', keys: ['trace-r1'] });
    expect(posted).toEqual([expect.objectContaining({ type: 'ReviewImage', key: 'trace-r1' })]);
  });

  it('what is still not a callback is refused again, and not archived twice; the test request stays unforwarded', async () => {
    const { archive, posted, receiver } = system();
    const app = receiver();
    expect((await app.fetch(post('<Response><Nothing>1</Nothing></Response>'))).status).toBe(400);
    const before = archive.entries.size;
    expect((await replayArchive(app, archive, { prefix: 'rejected/' })).results).toEqual([
      expect.objectContaining({ outcome: 'refused', status: 400, error: expect.objectContaining({ code: 'INVALID_CALLBACK' }) }),
    ]);
    expect(archive.entries.size).toBe(before);
    expect(await app.replay({ raw: new TextEncoder().encode(TEST_REQUEST_JSON), contentType: 'application/json', contentVersion: 'Simple', receivedAt: new Date().toISOString() })).toEqual({
      outcome: 'test-request',
      status: 200,
    });
    expect(posted).toHaveLength(0);
  });

  it('a failing forwarder is reported as failed, with the status a fresh request would get', async () => {
    const { archive } = system();
    const app = createReceiver({ tokens: [TOKEN], archive, logger: false, forwarder: { send: async () => Promise.reject(new Error('queue down')) } });
    const result = await app.replay({ raw: new TextEncoder().encode(reviewImageJson('si-9')), contentType: 'application/json', contentVersion: 'Detail', receivedAt: '2026-12-03T01:02:03.000Z' });
    expect(result).toMatchObject({ outcome: 'failed', status: 503, keys: ['si-9'], error: { code: 'FORWARD_FAILED' } });
  });

  it('pages through a folder with the cursor, at most limit bodies a call', async () => {
    const { archive, posted, receiver } = system();
    const old = receiver({ invalid: 'reject' });
    for (let i = 0; i < 5; i++) await old.fetch(post(deviantShapes.numericPlaceholder.body(`jp${i}`, 'json'), { contentType: 'application/json' }));
    const app = receiver();
    const kept = keysUnder(archive, 'rejected/').sort();
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const report = await replayArchive(app, archive, { prefix: 'rejected/', limit: 2, ...(cursor ? { cursor } : {}) });
      expect(report.results.length).toBeLessThanOrEqual(2);
      seen.push(...report.results.map((result) => result.key));
      cursor = report.cursor;
    } while (cursor);
    expect(seen).toEqual(kept);
    expect(keysUnder(archive, 'rejected/')).toEqual([]);
    expect(posted.map((payload) => payload.key).sort()).toEqual(['jp0:Success', 'jp1:Success', 'jp2:Success', 'jp3:Success', 'jp4:Success']);
    await expect(replayArchive(app, archive, { prefix: 'rejected/', limit: 101 })).rejects.toThrow(RangeError);
    await expect(replayArchive(app, archive, { prefix: 'secrets/' })).rejects.toThrow(RangeError);
    await expect(replayArchive(app, archive, { prefix: 'events/' })).rejects.toThrow(RangeError);
  });

  it("a cursor is its prefix's own: another prefix's, or a made-up one, is refused rather than skip keys", async () => {
    const { archive, receiver } = system();
    const old = receiver({ invalid: 'reject' });
    for (let i = 0; i < 3; i++) await old.fetch(post(deviantShapes.numericPlaceholder.body(`jc${i}`, 'json'), { contentType: 'application/json' }));
    const app = receiver();
    const first = await replayArchive(app, archive, { prefix: 'rejected/', limit: 1, dryRun: true });
    expect(first.cursor).toEqual(expect.any(String));
    await expect(replayArchive(app, archive, { prefix: 'forbidden/', cursor: first.cursor! })).rejects.toThrow(RangeError);
    await expect(replayArchive(app, archive, { prefix: 'rejected/', cursor: 'zzzz' })).rejects.toThrow(RangeError);
    expect((await replayArchive(app, archive, { prefix: 'rejected/', cursor: first.cursor!, dryRun: true })).results).toHaveLength(2);
  });

  it('a body that cannot be read is reported failed and the batch goes on; an interrupted move is safe', async () => {
    const { archive, posted, receiver } = system();
    const old = receiver({ invalid: 'reject' });
    for (let i = 0; i < 2; i++) await old.fetch(post(deviantShapes.objectAsList.body(`ji${i}`, 'xml')));
    const [broken] = keysUnder(archive, 'rejected/').sort();
    const flaky = {
      ...archive,
      get: async (key: string) => (key === broken ? Promise.reject(new Error('disk gone')) : archive.get(key)),
      markReplayed: async () => Promise.reject(new Error('move failed')),
    };
    const report = await replayArchive(receiver(), flaky, { prefix: 'rejected/' });
    expect(report.results.map((result) => [result.outcome, result.error?.code])).toEqual([
      ['failed', 'SOURCE_FAILED'],
      ['forwarded', undefined],
    ]);
    // Nothing moved, so everything is listed again: the forwarded one is forwarded again, and the ledger keeps it at one POST.
    expect((await replayArchive(receiver(), archive, { prefix: 'rejected/' })).results.map((result) => result.outcome)).toEqual(['forwarded', 'forwarded']);
    expect(posted.map((payload) => payload.key).sort()).toEqual(['ji0:Success', 'ji1:Success']);
  });

  it('what storage gives back is checked: a broken entry is refused, never a rejection or a 500', async () => {
    const app = system().receiver();
    for (const entry of [
      null,
      {},
      { raw: 'text', receivedAt: '2026-12-03T00:00:00.000Z' },
      { raw: new Uint8Array(1), receivedAt: 'yesterday' },
      { raw: new Uint8Array(1), receivedAt: '2026-12-03T00:00:00Z', contentType: 7 },
    ]) {
      expect(await app.replay(entry as never)).toMatchObject({ outcome: 'refused', status: 400, error: { code: 'INVALID_ENTRY' } });
    }
  });
});

describe('the admin route', () => {
  const setupRoute = () => {
    const { archive, posted, receiver } = system();
    const app = receiver();
    return { archive, posted, app, route: replayRoute({ token: ADMIN, receiver: app, source: archive }) };
  };
  const call = (route: (request: Request) => Promise<Response | undefined>, query: string, init: RequestInit = {}) =>
    route(new Request(`https://hooks.example.com/admin/replay?${query}`, { method: 'POST', ...init }));

  it('needs its own token, in the Authorization header; the callback token is not it', async () => {
    const { route } = setupRoute();
    expect((await call(route, 'prefix=rejected/'))!.status).toBe(401);
    expect((await call(route, 'prefix=rejected/', { headers: { authorization: `Bearer ${TOKEN}` } }))!.status).toBe(401);
    expect((await call(route, `prefix=rejected/&token=${ADMIN}`))!.status).toBe(401);
    expect((await call(route, 'prefix=rejected/', { method: 'GET', headers: { authorization: `Bearer ${ADMIN}` } }))!.status).toBe(405);
    expect((await call(route, 'prefix=rejected/', { headers: { authorization: `Bearer ${ADMIN}` } }))!.status).toBe(200);
    expect(() => replayRoute({ token: 'short', receiver: createReceiver({ tokens: [TOKEN], forwarder: { send: async () => {} } }), source: createMemoryArchive() })).toThrow(TypeError);
  });

  it('answers undefined off its path, so the app hands the request to the receiver', async () => {
    const { route, app } = setupRoute();
    const callback = post(taskXml());
    expect(await route(callback)).toBeUndefined();
    expect((await app.fetch(callback)).status).toBe(200);
  });

  it('dry-run lists, the real call delivers; a bad prefix or limit is 400', async () => {
    const { route, archive, posted } = setupRoute();
    await createReceiver({ tokens: [TOKEN], archive, logger: false, invalid: 'reject', forwarder: { send: async () => {} } }).fetch(post(deviantShapes.textAsElement.body('jd1', 'xml')));
    const headers = { authorization: `Bearer ${ADMIN}` };
    const dry = await (await call(route, 'prefix=rejected/&dry-run=True', { headers }))!.json();
    expect(dry).toMatchObject({ dryRun: true, results: [{ outcome: 'would-forward', keys: ['jd1:Success'] }] });
    expect(posted).toHaveLength(0);
    const real = await (await call(route, 'prefix=rejected/', { headers }))!.json();
    expect(real).toMatchObject({ dryRun: false, results: [{ outcome: 'forwarded' }] });
    expect(posted).toHaveLength(1);
    expect((await call(route, 'prefix=rejected/', { headers }))!.status).toBe(200);
    expect(posted).toHaveLength(1);
    for (const query of [
      'prefix=rejected/&dry-run=yes',
      'prefix=rejected/&dryrun=1',
      'prefix=rejected/&dry_run=1',
      'prefix=rejected/&prefix=forbidden/',
      'prefix=events/',
      'prefix=rejected/&cursor=abc',
    ]) {
      expect((await call(route, query, { headers }))!.status, query).toBe(400);
    }
    expect(posted).toHaveLength(1);
    expect((await call(route, 'prefix=../x', { headers }))!.status).toBe(400);
    expect((await call(route, 'prefix=rejected/&limit=0', { headers }))!.status).toBe(400);
    expect((await call(route, 'prefix=rejected/&limit=abc', { headers }))!.status).toBe(400);
  });
});
