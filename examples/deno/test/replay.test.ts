// Replay on Deno: a body the receiver refused and kept in KV (rejected/, forbidden/) is delivered
// once by `POST /admin/replay` after the upgrade that accepts it; an undelivered message goes back
// on the queue; repeating either delivers nothing more.
import { deviantShapes } from '@wanxiang/receiver/testing';
import { assert, assertEquals } from './assert.ts';
import { startHarness, TOKEN } from './harness.ts';

Deno.test('reject → upgrade → replay: one POST per key, flagged; a second replay and a repeat from CI add none', async () => {
  // The release before this one answered 400 to a deviating callback: `invalid: 'reject'` is that behaviour.
  const harness = await startHarness({ invalid: 'reject', replay: true });
  try {
    for (const format of ['xml', 'json'] as const) {
      const answer = await harness.post(deviantShapes.numericPlaceholder.body(`jdr-${format}`, format), { contentType: `application/${format}` });
      assertEquals(answer.status, 400, format);
    }
    assertEquals((await harness.replay('prefix=rejected/', '')).status, 401);
    assertEquals((await harness.replay('prefix=rejected/', `Bearer ${TOKEN}`)).status, 401, 'a callback token is not the admin token');
    const before = await harness.replay('prefix=rejected/&dry-run=1');
    // deno-lint-ignore no-explicit-any
    assertEquals(
      before.body.results.map((result: any) => result.error?.code),
      ['INVALID_CALLBACK', 'INVALID_CALLBACK'],
    );

    harness.reconfigure({ invalid: 'deliver' });
    const dry = await harness.replay('prefix=rejected/&dry-run=1');
    assertEquals(dry.status, 200);
    // deno-lint-ignore no-explicit-any
    assertEquals(
      dry.body.results.map((result: any) => result.outcome),
      ['would-forward', 'would-forward'],
    );
    await harness.drain();
    assertEquals(harness.delivered.length, 0, 'a dry run sends nothing');

    const report = await harness.replay('prefix=rejected/');
    // deno-lint-ignore no-explicit-any
    assertEquals(report.body.results.map((result: any) => result.keys[0]).sort(), ['jdr-json:Success', 'jdr-xml:Success']);
    await harness.waitFor(() => harness.delivered.length === 2, 'both POSTs');
    for (const posted of harness.delivered) {
      assertEquals(posted.payload.deviations.values[0].path, deviantShapes.numericPlaceholder.path, posted.id);
    }

    // Replayed, they moved to ['replayed', …]: a second replay finds nothing; a repeat from CI meets the forwarder's record.
    assertEquals((await harness.replay('prefix=rejected/')).body.results, []);
    assertEquals((await harness.kv.get(['replayed', 'rejected'])).value, null);
    let moved = 0;
    for await (const _ of harness.kv.list({ prefix: ['replayed', 'rejected'] })) moved++;
    assertEquals(moved, 2);
    assertEquals((await harness.post(deviantShapes.numericPlaceholder.body('jdr-xml', 'xml'), { contentType: 'application/xml' })).status, 200);
    await harness.drain();
    assertEquals(harness.delivered.map((posted) => posted.id).sort(), ['jdr-json:Success', 'jdr-xml:Success']);
  } finally {
    await harness.close();
  }
});

Deno.test('a message that spent its retries (undelivered) is put back on the queue by the replay, and delivered once', async () => {
  const harness = await startHarness({ replay: true, forwarder: { backoffSchedule: [1, 1] } });
  try {
    harness.failDownstream(Infinity);
    assertEquals((await harness.post(deviantShapes.objectAsList.body('jdu', 'json'), { contentType: 'application/json' })).status, 200);
    await harness.waitFor(async () => (await harness.replay('prefix=undelivered/&dry-run=1')).body.results.length === 1, 'the dead letter', 20_000);
    harness.failDownstream(0);
    const dry = await harness.replay('prefix=undelivered/&dry-run=1');
    assertEquals(dry.body.results[0].outcome, 'would-forward');
    assertEquals(dry.body.results[0].keys, ['jdu:Success']);
    // The prefix narrows: another delivery id's folder holds nothing of this one.
    assertEquals((await harness.replay('prefix=undelivered/another-id/&dry-run=1')).body.results, []);
    assertEquals((await harness.replay('prefix=undelivered/jdu:Success/&dry-run=1')).body.results.length, 1);
    assertEquals(harness.delivered.length, 0);
    const report = await harness.replay('prefix=undelivered/');
    assertEquals(report.body.results[0].outcome, 'forwarded');
    await harness.waitFor(() => harness.delivered.length === 1, 'the POST');
    assertEquals((await harness.replay('prefix=undelivered/')).body.results, [], 'nothing is left to replay');
    await harness.drain();
    assertEquals(
      harness.delivered.map((posted) => posted.id),
      ['jdu:Success'],
    );
    assert(harness.delivered[0]!.payload.deviations.count === 1);
  } finally {
    await harness.close();
  }
});

Deno.test('only refused bodies are kept (an accepted one is not); a prefix outside the archive is 400', async () => {
  const harness = await startHarness({ replay: true });
  try {
    const body = deviantShapes.textAsElement.body('jdf', 'xml');
    assertEquals((await harness.post(body, { contentType: 'application/xml' })).status, 200);
    await harness.waitFor(() => harness.delivered.length === 1, 'the POST');
    // Nothing was refused, so nothing is kept: a replay finds nothing.
    assertEquals((await harness.replay('prefix=events/')).status, 400, 'accepted bodies are not replayed');
    assertEquals((await harness.replay('prefix=rejected/')).body.results, []);
    assertEquals((await harness.replay('prefix=nowhere/')).status, 400);
    assertEquals((await harness.replay('prefix=rejected/&cursor=bogus')).status, 400);
    assertEquals((await harness.replay('prefix=rejected/&dry-run=yes')).status, 400);
  } finally {
    await harness.close();
  }
});
