// Verify by lookup on Deno: configFromEnv's confirmation (CI_SECRET_*, CI_LOOKUP_BUCKETS, and
// CI_API_ENDPOINT pointing at the CI API double, served by Deno.serve) in front of the KV receiver.
// A genuine callback is delivered; a forged one is refused; a stalled API is a 503 in time.
import { createCiApiDouble } from '@wanxiang/ci-api/testing';
import { getFixture } from '@wanxiang/fixtures';
import { configFromEnv } from '../config.ts';
import { assert, assertEquals } from './assert.ts';
import { startHarness } from './harness.ts';

const CREDENTIALS = { secretId: 'AKIDdenoconfirm000000000000000', secretKey: 'deno-confirm-secret-key-0123456789' };
const transcode = getFixture('task/Transcode/transcode-workflow-triggered.xml');

Deno.test('confirm on Deno: genuine delivered, forged refused, stalled API a 503 in time', async () => {
  const double = createCiApiDouble({ secrets: { [CREDENTIALS.secretId]: CREDENTIALS.secretKey }, stallMs: 6_000 });
  double.addCallback(transcode.text, transcode.contentType);
  const api = Deno.serve({ hostname: '127.0.0.1', port: 0, onListen() {} }, (request) => double.handle(request));
  const config = configFromEnv(
    (name) =>
      ({
        CI_SECRET_ID: CREDENTIALS.secretId,
        CI_SECRET_KEY: CREDENTIALS.secretKey,
        CI_LOOKUP_BUCKETS: 'test-123456789=ap-chongqing',
        CI_API_ENDPOINT: `http://127.0.0.1:${api.addr.port}`,
      })[name],
  );
  assert(config.confirmation, 'configFromEnv turns confirmation on');
  const harness = await startHarness({ confirm: config.confirmation.confirm });
  try {
    const genuine = await harness.post(transcode.text);
    assertEquals(genuine.status, 200, JSON.stringify(genuine.body));
    await harness.waitFor(() => harness.delivered.length === 1, 'the delivery');
    assertEquals(
      double.requests.map((request) => [request.verified, request.status]),
      [[true, 200]],
    );

    const forged = await harness.post(transcode.text.replace(/<JobId>[^<]+<\/JobId>/, '<JobId>j00000000000000000000000000000bad</JobId>'));
    assertEquals([forged.status, forged.body.code], [403, 'UNCONFIRMED']);

    double.fail('stall');
    const started = Date.now();
    const stalled = await harness.post(transcode.text);
    double.recover();
    assertEquals(stalled.status, 503);
    assert(Date.now() - started < 5_500, `answered after ${Date.now() - started} ms`);
    await harness.drain();
    assertEquals(harness.delivered.length, 1, 'only the genuine callback was delivered');
    // Both refused bodies are kept for replay.
    const kept = [];
    for await (const entry of harness.kv.list({ prefix: ['archive', 'unconfirmed'] })) kept.push(entry.key);
    assertEquals(kept.length, 2);
  } finally {
    await harness.close();
    await api.shutdown();
  }
});
