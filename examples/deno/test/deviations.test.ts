// A genuine callback that deviates from the field tables below its identity, on Deno: answered
// 200 and POSTed once with its deviations (inline, and by reference through KV chunks); with
// `invalid: 'reject'`, 400 and nothing enqueued.
import { deviantShapes } from '@wanxiang/receiver/testing';
import { assert, assertEquals } from './assert.ts';
import { startHarness } from './harness.ts';

Deno.test('every deviant shape, both formats: 200, one POST carrying the deviations, and a repeat is not POSTed again', async () => {
  const harness = await startHarness();
  try {
    for (const [name, shape] of Object.entries(deviantShapes)) {
      for (const format of ['xml', 'json'] as const) {
        const jobId = `jd-${name}-${format}`;
        const moderation = name.startsWith('moderation');
        const key = moderation ? jobId : `${jobId}:Success`;
        const body = shape.body(jobId, format);
        const post = () => harness.post(body, { contentType: `application/${format}`, headers: moderation ? { 'x-ci-content-version': 'Detail' } : {} });
        const answer = await post();
        assertEquals(answer.status, 200, `${name} ${format}`);
        assertEquals(answer.body, { ok: true, id: key, keys: [key], deviations: 1 }, `${name} ${format}`);
        assertEquals((await post()).status, 200, `${name} ${format}, again`);
        await harness.waitFor(() => harness.delivered.some((d) => d.id === key), `the POST of ${key}`);
        await harness.drain();
        const posts = harness.delivered.filter((d) => d.id === key);
        assertEquals(posts.length, 1, `${key} is POSTed once`);
        assertEquals(posts[0]!.payload.deviations.count, 1, key);
        assertEquals(posts[0]!.payload.deviations.values[0].path, shape.path, key);
        assertEquals(posts[0]!.payload.deviations.issues[0].path, shape.path, key);
      }
    }
    assertEquals(harness.forged, 0);
  } finally {
    await harness.close();
  }
});

Deno.test('a deviating event too large for a KV message goes by reference and is read back leniently', async () => {
  const harness = await startHarness();
  try {
    const body = deviantShapes.objectAsList.body('jd-large', 'json').replace('"Code":"Success"', `"Code":"Success","SubTag":"${'x'.repeat(100_000)}"`);
    const answer = await harness.post(body, { contentType: 'application/json' });
    assertEquals(answer.status, 200);
    await harness.waitFor(() => harness.delivered.some((d) => d.id === 'jd-large:Success'), 'the POST');
    await harness.drain();
    assert(
      harness.forwarded.some((m) => m.id === 'jd-large:Success' && m.body !== undefined && m.deviations === undefined),
      'sent by reference, without the deviations inline',
    );
    const payload = harness.delivered.find((d) => d.id === 'jd-large:Success')!.payload;
    assertEquals(payload.deviations.values[0].path, deviantShapes.objectAsList.path);
  } finally {
    await harness.close();
  }
});

Deno.test("invalid: 'reject': 400 INVALID_CALLBACK with the path, nothing enqueued", async () => {
  const harness = await startHarness({ invalid: 'reject' });
  try {
    const answer = await harness.post(deviantShapes.numericPlaceholder.body('jd-reject', 'xml'), { contentType: 'application/xml' });
    assertEquals(answer.status, 400);
    assertEquals(answer.body.code, 'INVALID_CALLBACK');
    assertEquals(answer.body.issues[0].path, deviantShapes.numericPlaceholder.path);
    await harness.drain();
    assertEquals(harness.messages.length, 0);
  } finally {
    await harness.close();
  }
});
