// The Worker example's replay in workerd: a body kept under rejected/ (or forbidden/, or a dead
// letter) is delivered once by `POST /admin/replay` after the upgrade that accepts it, and
// repeating the replay delivers nothing more.

import { deviantShapes } from '@wanxiang/receiver/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, TOKEN, type WorkerUnderTest } from './worker/harness.js';

const ADMIN = 'replay-admin-token-0123456789';

describe('reject → upgrade → replay: one downstream delivery', () => {
  let worker: WorkerUnderTest;
  beforeAll(async () => {
    // The release before this one answered 400 to a deviating callback: INVALID_CALLBACKS=reject is that behaviour.
    worker = await startWorker({ INVALID_CALLBACKS: 'reject', REPLAY_TOKEN: ADMIN });
  });
  afterAll(() => worker?.dispose());

  const replay = (query: string, authorization = `Bearer ${ADMIN}`) => worker.post(null, { path: `/admin/replay?${query}`, contentType: null, headers: { authorization } });

  it('the deviating bodies are refused and kept under rejected/, nothing delivered', async () => {
    for (const format of ['xml', 'json'] as const) {
      const response = await worker.post(deviantShapes.objectAsList.body(`jr-${format}`, format), { contentType: `application/${format}` });
      expect(response.status).toBe(400);
    }
    expect((await worker.archiveKeys()).filter((key) => key.startsWith('rejected/'))).toHaveLength(2);
    expect(worker.sent).toEqual([]);
  });

  it('the admin route wants its own token, in the header', async () => {
    expect((await replay('prefix=rejected/', '')).status).toBe(401);
    expect((await replay('prefix=rejected/', `Bearer ${TOKEN}`)).status).toBe(401);
    expect((await worker.post(null, { path: `/admin/replay?prefix=rejected/&token=${ADMIN}`, contentType: null })).status).toBe(401);
    expect((await replay('prefix=secrets/')).status).toBe(400);
    expect((await replay('prefix=rejected/&dryrun=1')).status).toBe(400);
  });

  it('before the upgrade, a dry run says they are still refused', async () => {
    const report: any = await (await replay('prefix=rejected/&dry-run=1')).json();
    expect(report.results.map((result: any) => [result.outcome, result.status, result.error.code])).toEqual([
      ['refused', 400, 'INVALID_CALLBACK'],
      ['refused', 400, 'INVALID_CALLBACK'],
    ]);
  });

  it('after the upgrade: the dry run lists them, the replay delivers each once, flagged', async () => {
    await worker.reconfigure({ INVALID_CALLBACKS: 'deliver' });
    const dry: any = await (await replay('prefix=rejected/&dry-run=1')).json();
    expect(dry.results.map((result: any) => result.outcome)).toEqual(['would-forward', 'would-forward']);
    expect(worker.sent).toEqual([]);

    const report: any = await (await replay('prefix=rejected/')).json();
    expect(report.results.map((result: any) => result.keys[0]).sort()).toEqual(['jr-json:Success', 'jr-xml:Success']);
    for (const key of ['jr-json:Success', 'jr-xml:Success']) {
      await worker.waitFor(() => worker.outcomes.some((o) => o.id === key && o.outcome === 'ack'), `the ack of ${key}`);
      const posts = worker.delivered.filter((d) => d.id === key);
      expect(posts).toHaveLength(1);
      expect(posts[0]!.payload.deviations).toMatchObject({ count: 1, values: [{ path: deviantShapes.objectAsList.path }] });
    }
  });

  it('replayed bodies moved to replayed/: a second replay finds nothing, and the same body from CI reaches the downstream no more', async () => {
    const keys = await worker.archiveKeys();
    expect(keys.filter((key) => key.startsWith('rejected/'))).toEqual([]);
    expect(keys.filter((key) => key.startsWith('replayed/rejected/'))).toHaveLength(2);
    expect(((await (await replay('prefix=rejected/')).json()) as any).results).toEqual([]);
    const acks = () => worker.outcomes.filter((o) => o.id === 'jr-xml:Success' && o.outcome === 'ack').length;
    const before = acks();
    expect((await worker.post(deviantShapes.objectAsList.body('jr-xml', 'xml'))).status).toBe(200);
    await worker.waitFor(() => acks() >= before + 1, 'the repeat acknowledged');
    expect(worker.delivered.filter((d) => d.id === 'jr-xml:Success')).toHaveLength(1);
    expect(worker.delivered.filter((d) => d.id === 'jr-json:Success')).toHaveLength(1);
  });

  it('a dead letter goes back on the queue once the downstream is back, and is delivered once', async () => {
    worker.downstreamStatus = () => 503;
    try {
      expect((await worker.post(deviantShapes.numericPlaceholder.body('jr-dead', 'xml'))).status).toBe(200);
      await worker.waitFor(() => worker.outcomes.some((o) => o.id === 'jr-dead:Success' && o.queue === 'wanxiang-events-dlq'), 'the dead letter', 60_000);
    } finally {
      worker.downstreamStatus = () => 204;
    }
    const dry: any = await (await replay('prefix=dead-letter/&dry-run=1')).json();
    expect(dry.results).toEqual([expect.objectContaining({ outcome: 'would-forward', keys: ['jr-dead:Success'] })]);
    expect(worker.delivered.some((d) => d.id === 'jr-dead:Success')).toBe(false);
    const report: any = await (await replay('prefix=dead-letter/')).json();
    expect(report.results).toEqual([expect.objectContaining({ outcome: 'forwarded', keys: ['jr-dead:Success'] })]);
    expect(((await (await replay('prefix=dead-letter/')).json()) as any).results).toEqual([]);
    await worker.waitFor(() => worker.outcomes.some((o) => o.id === 'jr-dead:Success' && o.outcome === 'ack' && o.queue === 'wanxiang-events'), 'the requeued message acknowledged');
    expect(worker.delivered.filter((d) => d.id === 'jr-dead:Success')).toHaveLength(1);
    expect((await worker.archiveKeys()).some((key) => key.startsWith('replayed/dead-letter/'))).toBe(true);
  }, 90_000);
});

describe('a misconfigured REPLAY_TOKEN closes the route, never the callbacks', () => {
  let worker: WorkerUnderTest;
  beforeAll(async () => {
    worker = await startWorker({ REPLAY_TOKEN: TOKEN });
  });
  afterAll(() => worker?.dispose());

  it('a REPLAY_TOKEN equal to the callback token: the route answers 500, a callback still 200', async () => {
    const route = await worker.post(null, { path: '/admin/replay?prefix=rejected/', contentType: null, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(route.status).toBe(500);
    expect(await route.json()).toMatchObject({ code: 'REPLAY_MISCONFIGURED' });
    expect((await worker.post(deviantShapes.objectAsList.body('jr-ok', 'xml'))).status).toBe(200);
    expect(worker.logs.some((line) => line.includes('the replay route is off'))).toBe(true);
    expect(worker.logs.some((line) => line.includes(TOKEN))).toBe(false);
  });
});
