// The receiver on Deno beyond the corpus: refusals, repeats (in turn and racing), events too
// large for a queue message, a failing KV, and the listener's retries and dead letters.
import { parseCallback } from '@wanxiang/core';
import { DENO_KV_MAX_INLINE_BYTES } from '@wanxiang/receiver';
import { CHUNK_BYTES } from '../body-chunks.ts';
import { enqueuedKey, undeliveredKey } from '../kv-forwarder.ts';
import { serveReceiver } from '../server.ts';
import { assert, assertEquals } from './assert.ts';
import { type Harness, startHarness, TOKEN } from './harness.ts';

/** A TaskFinish body for one Transcode job; `note` lands in an unknown field, kept as text. */
function taskFinish(jobId: string, note = ''): string {
  return `<Response>
  <EventName>TaskFinish</EventName>
  <JobsDetail>
    <Code>Success</Code>
    <JobId>${jobId}</JobId>
    <State>Success</State>
    <Tag>Transcode</Tag>
    <Input><BucketId>examplebucket-1250000000</BucketId><Object>input/demo.mp4</Object><Region>ap-chongqing</Region></Input>
    ${note ? `<Note>${note}</Note>` : ''}
  </JobsDetail>
</Response>`;
}

const xml = { contentType: 'application/xml' };

async function withHarness(fn: (harness: Harness) => Promise<void>, options?: Parameters<typeof startHarness>[0]): Promise<void> {
  const harness = await startHarness(options);
  try {
    await fn(harness);
  } finally {
    await harness.close();
  }
}

Deno.test('a missing or wrong token gets 401 UNAUTHORIZED, and nothing is read or enqueued', () =>
  withHarness(async (harness) => {
    const body = taskFinish('j401');
    for (const [what, options] of [
      ['no token', { token: null }],
      ['a wrong token', { token: 'not-the-token-0123456789' }],
      ['a prefix of the token', { token: TOKEN.slice(0, -1) }],
      ['the token with a suffix', { token: `${TOKEN}x` }],
      ['a wrong ?token=', { token: null, query: '?token=not-the-token-0123456789' }],
    ] as const) {
      const answer = await harness.post(body, { ...xml, ...options });
      assertEquals(answer.status, 401, what);
      assertEquals(answer.body.code, 'UNAUTHORIZED', what);
      assert(!JSON.stringify(answer.body).includes(TOKEN), 'the answer never holds the token');
    }
    assertEquals((await harness.post(body, { ...xml, token: null, query: `?token=${TOKEN}` })).status, 200, '?token= is accepted too');
    await harness.drain();
    assertEquals(harness.messages.length, 1, 'only the authenticated callback is enqueued');
  }));

Deno.test("a bad body gets 400 with the core's code, and nothing is enqueued", () =>
  withHarness(async (harness) => {
    for (const [body, contentType, code] of [
      ['<Response><JobsDetail><JobId>j1</JobId>', 'application/xml', 'MALFORMED_XML'],
      ['{"JobsDetail": [', 'application/json', 'MALFORMED_JSON'],
      ['{"EventName": "TaskFinish", "JobsDetail": []}', 'application/json', 'INVALID_CALLBACK'],
      ['', 'application/xml', 'EMPTY_BODY'],
    ] as const) {
      const answer = await harness.post(body, { contentType });
      assertEquals(answer.status, 400, `${code}: ${JSON.stringify(answer.body)}`);
      assertEquals(answer.body.code, code);
      assert(answer.body.issues.length > 0, 'issues');
    }
    const wrongMethod = await harness.post(null, { method: 'GET' });
    assertEquals(wrongMethod.status, 405);
    assertEquals(wrongMethod.headers.get('allow'), 'POST');
    await harness.drain();
    assertEquals(harness.messages.length, 0, 'messages enqueued');
  }));

Deno.test('a repeated delivery, in turn or racing, is answered 200 each time and enqueued once', () =>
  withHarness(async (harness) => {
    const first = await harness.post(taskFinish('jrepeat'), xml);
    const second = await harness.post(taskFinish('jrepeat'), xml);
    assertEquals([first.status, second.status], [200, 200]);
    assertEquals(second.body, first.body);

    // Ten at once: the atomic check lets exactly one commit enqueue.
    const racing = await Promise.all(Array.from({ length: 10 }, () => harness.post(taskFinish('jrace'), xml)));
    assertEquals(
      racing.map((answer) => answer.status),
      Array(10).fill(200),
    );
    await harness.drain();

    // Messages ready in the same millisecond may come in either order.
    assertEquals(harness.messages.map((message) => message.id).sort(), ['jrace:Success', 'jrepeat:Success']);
    assertEquals(harness.delivered.map((delivery) => delivery.id).sort(), ['jrace:Success', 'jrepeat:Success']);
    const record = await harness.kv.get(enqueuedKey('jrepeat:Success'));
    const message = harness.messages.find((m) => m.id === 'jrepeat:Success')!;
    assertEquals(record.value, message.receivedAt, 'the idempotency record holds the first receipt time');
  }));

Deno.test('the same JobId in another State is another event', () =>
  withHarness(async (harness) => {
    await harness.post(taskFinish('jstates'), xml);
    await harness.post(taskFinish('jstates').replace('<State>Success</State>', '<State>Failed</State>'), xml);
    await harness.drain();
    assertEquals(harness.messages.map((message) => message.id).sort(), ['jstates:Failed', 'jstates:Success']);
  }));

Deno.test('an event too large for a queue message travels as raw-body chunks in KV and is parsed again by the listener', () =>
  withHarness(async (harness) => {
    // Two-byte characters: the case where V8 serialization is largest for its JSON size.
    const large = taskFinish('jlarge', '数据万象 callback '.repeat(10_000));
    const raw = new TextEncoder().encode(large);
    assert(raw.byteLength > 2 * 64 * 1024, 'the body is larger than a KV value');
    const answer = await harness.post(large, xml);
    assertEquals(answer.status, 200, JSON.stringify(answer.body));
    await harness.drain();

    assertEquals(harness.messages.length, 1);
    const [message] = harness.messages;
    assertEquals(message!.event, undefined, 'no inline event');
    assertEquals(message!.body!.bytes, raw.byteLength);
    assertEquals(await count(harness.kv, ['bodies', message!.body!.key]), Math.ceil(raw.byteLength / CHUNK_BYTES), 'chunks in KV');
    assertEquals(harness.delivered.length, 1);
    assertEquals(harness.delivered[0]!.payload.data, parseCallback(raw, { contentType: 'application/xml' }), 'the event downstream');

    // A repeat is not enqueued, and leaves no chunks behind.
    const chunksBefore = await count(harness.kv, ['bodies']);
    assertEquals((await harness.post(large, xml)).status, 200);
    await harness.drain();
    assertEquals(harness.messages.length, 1);
    assertEquals(await count(harness.kv, ['bodies']), chunksBefore, 'chunks of the repeat');
  }));

Deno.test("a body at the receiver's 4 MiB limit is stored in 69 chunks over several commits", () =>
  withHarness(async (harness) => {
    const skeleton = taskFinish('jhuge', 'X');
    const large = skeleton.replace('<Note>X</Note>', `<Note>${'x'.repeat(4 * 1024 * 1024 - skeleton.length + 1)}</Note>`);
    assertEquals(new TextEncoder().encode(large).byteLength, 4 * 1024 * 1024);
    const answer = await harness.post(large, xml);
    assertEquals(answer.status, 200, JSON.stringify(answer.body));
    await harness.drain();
    assertEquals(await count(harness.kv, ['bodies', harness.messages[0]!.body!.key]), 69, 'chunks in KV');
    assertEquals(harness.delivered[0]!.payload.data.JobsDetail[0].Note.length, 4 * 1024 * 1024 - skeleton.length + 1);
    assertEquals((await harness.post(`${large} `, xml)).status, 413, 'one byte more is refused');
  }));

Deno.test('an event just under the inline limit travels inline', () =>
  withHarness(async (harness) => {
    const answer = await harness.post(taskFinish('jinline', 'a'.repeat(DENO_KV_MAX_INLINE_BYTES - 1024)), xml);
    assertEquals(answer.status, 200, JSON.stringify(answer.body));
    await harness.drain();
    assert(harness.messages[0]!.event !== undefined, 'inline');
    assertEquals(harness.delivered.length, 1);
  }));

Deno.test('an event Deno KV refuses as a queue message (over 64 KiB serialized) falls back to raw-body chunks', () =>
  withHarness(
    async (harness) => {
      const large = taskFinish('jrefused', '数据万象'.repeat(20_000));
      const answer = await harness.post(large, xml);
      assertEquals(answer.status, 200, JSON.stringify(answer.body));
      await harness.drain();
      assertEquals(harness.messages.length, 1);
      assertEquals(harness.messages[0]!.event, undefined, 'no inline event');
      assertEquals(harness.messages[0]!.body!.bytes, new TextEncoder().encode(large).byteLength);
      assertEquals(harness.delivered[0]!.payload.data.JobsDetail[0].JobId, 'jrefused');
    },
    // No inline limit of our own: only Deno KV's refusal sends it by reference.
    { forwarder: { maxInlineBytes: Infinity } },
  ));

Deno.test('when the KV commit fails the receiver answers 503 FORWARD_FAILED with Retry-After, so that CI delivers again', async () => {
  const kv = await Deno.openKv(':memory:');
  const server = serveReceiver(kv, { tokens: [TOKEN], port: 0, logger: false });
  try {
    kv.close();
    const response = await fetch(`http://127.0.0.1:${server.addr.port}/ci/${TOKEN}`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: taskFinish('j503'),
    });
    const answer = await response.json();
    assertEquals(response.status, 503);
    assertEquals(answer.code, 'FORWARD_FAILED');
    assertEquals(response.headers.get('retry-after'), '30');
  } finally {
    await server.shutdown();
  }
});

Deno.test('a failing downstream is retried on the backoff schedule until it accepts: one delivery', () =>
  withHarness(
    async (harness) => {
      harness.failDownstream(2);
      await harness.post(taskFinish('jretry'), xml);
      await harness.waitFor(() => harness.delivered.length === 1, 'the delivery after two failures');
      assertEquals(harness.refused, 2);
      assertEquals(
        harness.messages.map((message) => message.id),
        ['jretry:Success', 'jretry:Success', 'jretry:Success'],
        'three attempts',
      );
      assertEquals(
        harness.delivered.map((delivery) => delivery.id),
        ['jretry:Success'],
      );
    },
    { forwarder: { backoffSchedule: [20, 20, 20] } },
  ));

Deno.test('after the last retry the message is kept under ["undelivered", id, receivedAt]', () =>
  withHarness(
    async (harness) => {
      harness.failDownstream(Infinity);
      await harness.post(taskFinish('jdead'), xml);
      await harness.waitFor(() => harness.messages.length === 3, 'the first attempt and two retries');
      const [message] = harness.messages;
      const key = undeliveredKey('jdead:Success', message!.receivedAt);
      await harness.waitFor(async () => (await harness.kv.get(key)).value !== null, 'the dead letter');
      assertEquals((await harness.kv.get(key)).value, message, 'the dead letter is the queue message');
      assertEquals(harness.delivered.length, 0);
    },
    { forwarder: { backoffSchedule: [20, 20] } },
  ));

async function count(kv: Deno.Kv, prefix: Deno.KvKey): Promise<number> {
  let n = 0;
  for await (const _ of kv.list({ prefix })) n++;
  return n;
}
