// A genuine callback that deviates from the field tables below its identity is delivered, flagged,
// with its deviations, through the receiver, its handlers, the relay and the Node adapter;
// `invalid: 'reject'` restores the 400; an unidentifiable body is refused either way.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseCallback, type TaskFinishEvent } from '@wanxiang/core';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeHandler } from '../src/adapters/node.js';
import {
  createDeliverer,
  createReceiver,
  createRelay,
  type Delivery,
  deliveryPolicyFromEnv,
  inlineRelayMessage,
  isRelayMessage,
  perKeyEvents,
  type RelayMessage,
  referenceRelayMessage,
} from '../src/index.js';
import { createMemoryLedger, deviantShapes } from '../src/testing/index.js';
import { bodyOf, post, setup, TOKEN } from './support/fixtures.js';

const shapes = Object.entries(deviantShapes);
const formats = ['xml', 'json'] as const;
const headers = (format: 'xml' | 'json', body: string): { contentType: string; headers: Record<string, string> } => ({
  contentType: `application/${format}`,
  // A Detail moderation body says so in its header, as CI sends it.
  headers: body.includes('"ReviewImage"') || body.includes('<EventName>ReviewImage') ? { 'x-ci-content-version': 'Detail' } : {},
});
const keyOf = (path: string, jobId: string) => (path.startsWith('JobsDetail.0.') ? `${jobId}:Success` : jobId);

describe('the receiver delivers a deviating callback flagged (the default)', () => {
  for (const [name, shape] of shapes) {
    for (const format of formats) {
      it(`${name} (${format}): 200, forwarded once with the value moved out and listed; the strict reading refuses it`, async () => {
        const { receiver, deliveries, archived, logs } = setup({ withArchive: true });
        const seen: unknown[] = [];
        receiver.onAny((_event, context) => void seen.push(context.deviations));
        const body = shape.body('jdev1', format);
        const response = await receiver.fetch(post(body, headers(format, body)));
        expect(response.status).toBe(200);
        const key = keyOf(shape.path, 'jdev1');
        expect(await bodyOf(response)).toEqual({ ok: true, id: key, keys: [key], deviations: 1 });
        expect(deliveries).toHaveLength(1);
        const delivery = deliveries[0]!;
        expect(delivery.deviations?.values.map((value) => value.path)).toEqual([shape.path]);
        expect(delivery.deviations?.issues[0]?.path).toBe(shape.path);
        // The event holds no failed value: sent again as JSON, the strict reading takes it.
        const options = { contentType: 'application/json', contentVersion: headers(format, body).headers['x-ci-content-version'] ?? null };
        expect(() => parseCallback(JSON.stringify(delivery.event), options)).not.toThrow();
        expect(() => parseCallback(body, { contentType: `application/${format}`, contentVersion: options.contentVersion })).toThrow(expect.objectContaining({ code: 'INVALID_CALLBACK' }));
        expect(archived.map((entry) => entry.status)).toEqual(['accepted']);
        await receiver.drain();
        expect(seen).toEqual([delivery.deviations]);
        expect(logs.some((call) => call.level === 'warn' && call.message.includes('deviates') && call.fields?.path === shape.path)).toBe(true);
      });
    }
  }

  it('a Tag handler learns the deviations too', async () => {
    const { receiver } = setup();
    const got: unknown[] = [];
    receiver.on('Transcode', (_job, context) => void got.push(context.deviations?.count));
    await receiver.fetch(post(deviantShapes.numericPlaceholder.body('jdev2', 'xml'), { contentType: 'application/xml' }));
    await receiver.drain();
    expect(got).toEqual([1]);
  });

  it('a valid callback carries no deviations anywhere', async () => {
    const { receiver, deliveries } = setup();
    const body = deviantShapes.numericPlaceholder.body('jdev3', 'xml').replace('N/A', '1500');
    const response = await receiver.fetch(post(body, { contentType: 'application/xml' }));
    expect(await bodyOf(response)).toEqual({ ok: true, id: 'jdev3:Success', keys: ['jdev3:Success'] });
    expect('deviations' in deliveries[0]!).toBe(false);
  });

  it('the same key as its valid twin: the deviating job and the valid one are the same delivery', async () => {
    const { receiver } = setup();
    const deviant = await bodyOf(await receiver.fetch(post(deviantShapes.numericPlaceholder.body('jdev4', 'json'), { contentType: 'application/json' })));
    const valid = await bodyOf(await receiver.fetch(post(deviantShapes.numericPlaceholder.body('jdev4', 'json').replace('"N/A"', '1500'), { contentType: 'application/json' })));
    expect(deviant.id).toBe(valid.id);
  });

  it('a test request once its deviating value is moved out is not a test request: delivered, flagged', async () => {
    const { receiver, deliveries } = setup();
    const body =
      '{"code":0,"message":"Test request when setting callback url","data":{"trace_id":"test_trace_id","url":{"x":"u"},"result":0,"forbidden_status":0,"porn_info":{"hit_flag":0,"score":0}}}';
    const response = await receiver.fetch(post(body, { contentType: 'application/json', headers: { 'x-ci-content-version': 'Simple' } }));
    expect(response.status).toBe(200);
    expect(await bodyOf(response)).toMatchObject({ ok: true, deviations: 1 });
    expect(deliveries).toHaveLength(1);
  });
});

describe("invalid: 'reject' keeps the 400", () => {
  for (const [name, shape] of shapes) {
    it(`${name}: 400 INVALID_CALLBACK at the path, archived under rejected/, nothing forwarded`, async () => {
      const { receiver, deliveries, archived } = setup({ invalid: 'reject', withArchive: true });
      const body = shape.body('jrej1', 'xml');
      const response = await receiver.fetch(post(body, headers('xml', body)));
      expect(response.status).toBe(400);
      expect(await bodyOf(response)).toMatchObject({ code: 'INVALID_CALLBACK', issues: [{ path: shape.path }] });
      expect(deliveries).toEqual([]);
      expect(archived.map((entry) => entry.status)).toEqual(['rejected']);
    });
  }

  it('is checked at creation, and read from INVALID_CALLBACKS', () => {
    expect(() => createReceiver({ tokens: [TOKEN], forwarder: { send: async () => {} }, invalid: 'rejct' as never })).toThrow(TypeError);
    expect(deliveryPolicyFromEnv(() => undefined)).toBeUndefined();
    expect(deliveryPolicyFromEnv(() => ' reject ')).toBe('reject');
    expect(() => deliveryPolicyFromEnv(() => 'Reject')).toThrow(/INVALID_CALLBACKS/);
  });
});

describe('a body whose identity fails is refused in either mode', () => {
  const bodies = [
    ['a JobId with children', '{"EventName":"TaskFinish","JobsDetail":[{"JobId":{"a":"1"},"State":"Success","Tag":"Transcode"}]}'],
    ['a deviating job without a JobId', '{"EventName":"TaskFinish","JobsDetail":[{"State":"Success","Tag":"Transcode","Progress":{"a":"1"}}]}'],
    ['a RunId that is a list', '{"EventName":"WorkflowFinish","WorkflowExecution":{"RunId":["r1","r2"]}}'],
  ] as const;
  for (const [what, body] of bodies) {
    for (const invalid of ['deliver', 'reject'] as const) {
      it(`${what} (${invalid}): 400, archived as rejected`, async () => {
        const { receiver, deliveries, archived } = setup({ invalid, withArchive: true });
        const response = await receiver.fetch(post(body, { contentType: 'application/json' }));
        expect(response.status).toBe(400);
        expect(await bodyOf(response)).toMatchObject({ code: 'INVALID_CALLBACK' });
        expect(deliveries).toEqual([]);
        expect(archived.map((entry) => entry.status)).toEqual(['rejected']);
      });
    }
  }
});

const SECRET = `whsec_${Buffer.alloc(32, 5).toString('base64')}`;

/** A downstream that verifies every Standard Webhooks signature and keeps the payloads. */
function downstream() {
  const webhook = new Webhook(SECRET);
  const payloads: any[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    payloads.push(webhook.verify(init.body as string, init.headers as Record<string, string>));
    return new Response(null, { status: 204 });
  }) as unknown as typeof globalThis.fetch;
  return { payloads, deliverer: createDeliverer({ url: 'https://downstream.example/', secret: SECRET, fetch }) };
}

/** What the receiver hands the forwarder for a body. */
async function deliveryOf(body: string, contentType = 'application/xml'): Promise<Delivery> {
  const { receiver, deliveries } = setup();
  expect((await receiver.fetch(post(body, { contentType }))).status).toBe(200);
  return deliveries[0]!;
}

describe('the Standard Webhooks message says so: `deviations` beside `data`', () => {
  it('inline: the POST carries the deviations; the same key again is not POSTed twice', async () => {
    const delivery = await deliveryOf(deviantShapes.objectAsList.body('jwh1', 'xml'));
    const message = inlineRelayMessage(delivery, Infinity)!;
    expect(isRelayMessage(JSON.parse(JSON.stringify(message)))).toBe(true);
    const { payloads, deliverer } = downstream();
    const relay = createRelay({ ledger: createMemoryLedger(), deliverer, logger: false });
    expect(await relay.handle(structuredClone(message))).toMatchObject({ status: 'done' });
    expect(await relay.handle(structuredClone(message))).toMatchObject({ status: 'done', keys: [{ outcome: 'duplicate' }] });
    expect(payloads).toHaveLength(1);
    expect(payloads[0]).toMatchObject({ type: 'TaskFinish', key: 'jwh1:Success', deviations: { count: 1, values: [{ path: deviantShapes.objectAsList.path }] } });
  });

  it('by reference: the consumer reads the raw body leniently and gets the same deviations', async () => {
    const delivery = await deliveryOf(deviantShapes.numericPlaceholder.body('jwh2', 'json'), 'application/json');
    const message = await referenceRelayMessage(delivery, 'events/jwh2');
    const store = { get: async (key: string) => (key === 'events/jwh2' ? delivery.raw : undefined) };
    const { payloads, deliverer } = downstream();
    expect(await createRelay({ ledger: createMemoryLedger(), deliverer, store, logger: false }).handle(message)).toMatchObject({ status: 'done' });
    expect(payloads[0].deviations).toEqual(JSON.parse(JSON.stringify(delivery.deviations)));
    expect(payloads[0].data).toEqual(JSON.parse(JSON.stringify(delivery.event)));
  });

  it('a two-job callback: each key gets its own job and only its own deviations, renumbered', async () => {
    const deviant = deviantShapes.numericPlaceholder.body('jwh4', 'xml');
    const job = (body: string) => /<JobsDetail>[\s\S]*<\/JobsDetail>/.exec(body)![0];
    const valid = deviant.replace('N/A', '900').replace('jwh4', 'jwh3');
    const body = `<Response><EventName>TaskFinish</EventName>${job(valid)}${job(deviant)}</Response>`;
    const delivery = await deliveryOf(body);
    expect(delivery.deviations?.values[0]?.path).toBe('JobsDetail.1.Operation.MediaInfo.Stream.Video.0.Bitrate');
    const { payloads, deliverer } = downstream();
    await createRelay({ ledger: createMemoryLedger(), deliverer, logger: false }).handle(inlineRelayMessage(delivery, Infinity));
    const byKey = Object.fromEntries(payloads.map((payload) => [payload.key, payload]));
    expect(byKey['jwh3:Success'].deviations).toBeUndefined();
    expect(byKey['jwh4:Success'].deviations).toMatchObject({ count: 1, values: [{ path: deviantShapes.numericPlaceholder.path }], issues: [{ path: deviantShapes.numericPlaceholder.path }] });
    expect((byKey['jwh4:Success'].data as TaskFinishEvent).JobsDetail[0]!.JobId).toBe('jwh4');
  });

  it('a cut report (over 100 values) flags every job, listed or not, with the whole counts', () => {
    const event = parseCallback('{"EventName":"TaskFinish","JobsDetail":[{"JobId":"j1","State":"Success"},{"JobId":"j2","State":"Success"}]}', { contentType: 'application/json' });
    const listed = Array.from({ length: 100 }, (_, i) => ({ path: `JobsDetail.0.Operation.MediaInfo.Stream.Video.${i}.Bitrate`, raw: 'N/A' }));
    const cut = { values: listed, count: 150, issues: listed.map(({ path }) => ({ path, message: 'expected a number' })), issueCount: 150 };
    const [first, second] = perKeyEvents(event, ['j1:Success', 'j2:Success'], cut);
    expect(first!.deviations).toMatchObject({ count: 150, issueCount: 150 });
    expect(first!.deviations!.values).toHaveLength(100);
    // j2's fifty values were not listed: it still goes flagged.
    expect(second!.deviations).toEqual({ values: [], count: 150, issues: [], issueCount: 150 });
    // A complete report leaves a job without values unflagged.
    const complete = { values: listed.slice(0, 1), count: 1, issues: cut.issues.slice(0, 1), issueCount: 1 };
    expect(perKeyEvents(event, ['j1:Success', 'j2:Success'], complete)[1]!.deviations).toBeUndefined();
  });

  it('a consumer refuses deviations it cannot trust', () => {
    const base: RelayMessage = {
      v: 2,
      id: 'j1:Success',
      keys: ['j1:Success'],
      receivedAt: '2026-04-20T02:00:00.000Z',
      contentType: 'application/xml',
      contentVersion: null,
      event: { EventName: 'TaskFinish', JobsDetail: [] } as never,
    };
    const good = { values: [{ path: 'JobsDetail.0.Input', raw: 'x' }], count: 1, issues: [{ path: 'JobsDetail.0.Input', message: 'expected an element with children' }], issueCount: 1 };
    expect(isRelayMessage({ ...base, deviations: good })).toBe(true);
    expect(isRelayMessage({ ...base, deviations: { ...good, values: [] } })).toBe(false);
    expect(isRelayMessage({ ...base, deviations: { ...good, count: 0 } })).toBe(false);
    expect(isRelayMessage({ ...base, deviations: { ...good, issues: [{ path: 1 }] } })).toBe(false);
    const { event: _event, ...withoutEvent } = base;
    expect(isRelayMessage({ ...withoutEvent, body: { key: 'k', bytes: 1, sha256: '0'.repeat(64) }, deviations: good })).toBe(false);
  });
});

const servers: { close(callback: () => void): void }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
});

describe('through the Node adapter', () => {
  it('a deviating body over node:http: 200, forwarded flagged; with reject, 400', async () => {
    for (const invalid of ['deliver', 'reject'] as const) {
      const { receiver, deliveries } = setup({ invalid });
      const server = createServer(createNodeHandler(receiver));
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ci/${TOKEN}`;
      const response = await fetch(url, { method: 'POST', body: deviantShapes.textAsElement.body('jnode1', 'json'), headers: { 'content-type': 'application/json' } });
      if (invalid === 'deliver') {
        expect(response.status).toBe(200);
        expect(deliveries[0]?.deviations?.values).toEqual([{ path: deviantShapes.textAsElement.path, raw: { Key: 'in.mp4' } }]);
      } else {
        expect(response.status).toBe(400);
        expect(deliveries).toEqual([]);
      }
    }
  });
});
