// examples/node/server.mjs, run as its README says: a real callback answers 200 and is logged.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCiApiDouble } from '@wanxiang/ci-api/testing';
import { getFixture } from '@wanxiang/fixtures';
import { deviantShapes } from '@wanxiang/receiver/testing';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const TOKEN = 'node-example-token-0123';

describe('examples/node/server.mjs', () => {
  it('receives a callback on node:http: 200, one log line per event, 401 without the token', async () => {
    const child = spawn(process.execPath, ['examples/node/server.mjs'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', CI_TOKENS: TOKEN, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    try {
      const base = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) resolve(match[1]!);
        }, 20);
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
        setTimeout(() => {
          clearInterval(timer);
          reject(new Error(`no listen line: ${output}`));
        }, 20_000);
      });
      const body = '<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j-node-1</JobId><State>Success</State><Tag>Transcode</Tag></JobsDetail></Response>';
      const ok = await fetch(`${base}/ci/${TOKEN}`, { method: 'POST', body, headers: { 'content-type': 'application/xml' } });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ ok: true, id: 'j-node-1:Success', keys: ['j-node-1:Success'] });
      // One value off the field tables ("N/A" in a number): delivered, flagged, in the answer and the log line.
      const deviant = body
        .replace('<Tag>Transcode</Tag>', '<Tag>Transcode</Tag><Operation><MediaInfo><Format><Duration>N/A</Duration></Format></MediaInfo></Operation>')
        .replace('j-node-1', 'j-node-2');
      const flagged = await fetch(`${base}/ci/${TOKEN}`, { method: 'POST', body: deviant, headers: { 'content-type': 'application/xml' } });
      expect(await flagged.json()).toEqual({ ok: true, id: 'j-node-2:Success', keys: ['j-node-2:Success'], deviations: 1 });
      const denied = await fetch(`${base}/ci/not-the-token-0123456`, { method: 'POST', body });
      expect(denied.status).toBe(401);
      expect(output).toContain('wanxiang: TaskFinish Transcode JobId=j-node-1 State=Success → logged [j-node-1:Success]');
      expect(output).toContain('→ logged [j-node-2:Success] flagged: 1 value(s) moved out, first at JobsDetail.0.Operation.MediaInfo.Format.Duration');
      expect(output).not.toContain(TOKEN);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

/** Starts examples/node/server.mjs with `env`; resolves with its base URL, its output so far and the child. */
async function startServer(env: Record<string, string>): Promise<{ base: string; output: () => string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['examples/node/server.mjs'], { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', CI_TOKENS: TOKEN, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      // The confirmation line is a second write after the listen line: it may come in a later chunk.
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match && output.includes('wanxiang: confirmation ')) {
        clearInterval(timer);
        resolve(match[1]!);
      }
    }, 20);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`exited ${code}: ${output}`));
    });
    setTimeout(() => {
      clearInterval(timer);
      reject(new Error(`no listen line: ${output}`));
    }, 20_000);
  });
  return { base, output: () => output, child };
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }
  });

describe('examples/node/server.mjs replays what it kept (DATA_DIR, REPLAY_TOKEN)', () => {
  it('reject → upgrade (restart) → replay: one signed POST; a second replay, even after another restart, none', async () => {
    const secret = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;
    const webhook = new Webhook(secret);
    const posts: { id: string; payload: any }[] = [];
    const downstream = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk));
      request.on('end', () => {
        posts.push({ id: String(request.headers['webhook-id']), payload: webhook.verify(text, request.headers as Record<string, string>) });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => downstream.listen(0, '127.0.0.1', resolve));
    const dataDir = mkdtempSync(join(tmpdir(), 'wanxiang-node-replay-'));
    const admin = 'node-replay-admin-token-0123';
    const env = { DATA_DIR: dataDir, REPLAY_TOKEN: admin, DOWNSTREAM_URL: `http://127.0.0.1:${(downstream.address() as AddressInfo).port}/hook`, WEBHOOK_SECRET: secret };
    const body = deviantShapes.objectAsList.body('j-node-replay', 'json');
    const replay = (base: string, query: string, authorization = `Bearer ${admin}`) => fetch(`${base}/admin/replay?${query}`, { method: 'POST', headers: { authorization } });
    let server = await startServer({ ...env, INVALID_CALLBACKS: 'reject' });
    try {
      const refused = await fetch(`${server.base}/ci/${TOKEN}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      expect(refused.status).toBe(400);
      expect((await replay(server.base, 'prefix=rejected/', `Bearer ${TOKEN}`)).status).toBe(401);
      await stop(server.child);

      server = await startServer(env);
      const dry: any = await (await replay(server.base, 'prefix=rejected/&dry-run=1')).json();
      expect(dry.results).toEqual([expect.objectContaining({ outcome: 'would-forward', keys: ['j-node-replay:Success'], deviations: 1 })]);
      expect(posts).toHaveLength(0);
      const report: any = await (await replay(server.base, 'prefix=rejected/')).json();
      expect(report.results).toEqual([expect.objectContaining({ outcome: 'forwarded', keys: ['j-node-replay:Success'] })]);
      expect(posts.map((post) => post.id)).toEqual(['j-node-replay:Success']);
      expect(posts[0]!.payload.deviations).toMatchObject({ count: 1, values: [{ path: deviantShapes.objectAsList.path }] });
      // Moved to replayed/: a second replay finds nothing; the same body from CI meets the ledger.
      expect(((await (await replay(server.base, 'prefix=rejected/')).json()) as any).results).toEqual([]);
      expect((await fetch(`${server.base}/ci/${TOKEN}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } })).status).toBe(200);
      expect(server.output()).toContain('→ delivered already [j-node-replay:Success]');
      await stop(server.child);

      // After a restart the ledger file still knows the key.
      server = await startServer(env);
      expect((await fetch(`${server.base}/ci/${TOKEN}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } })).status).toBe(200);
      expect(posts).toHaveLength(1);
    } finally {
      await stop(server.child);
      downstream.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('examples/node/server.mjs confirms each callback at CI (CI_SECRET_ID, CI_SECRET_KEY, CI_LOOKUP_BUCKETS)', () => {
  it('says confirmation is off without credentials; on, delivers a genuine callback, refuses a forged one, and exits on a half configuration', async () => {
    const off = await startServer({});
    await stop(off.child);
    expect(off.output()).toContain('confirmation off');

    const half = spawn(process.execPath, ['examples/node/server.mjs'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', CI_TOKENS: TOKEN, PORT: '0', CI_SECRET_ID: 'AKIDhalf0000000000', CI_SECRET_KEY: 'half-secret-value-0123' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let halfOutput = '';
    half.stderr!.on('data', (chunk: Buffer) => (halfOutput += chunk));
    expect(await new Promise((resolve) => half.once('exit', resolve))).toBe(1);
    expect(halfOutput).toContain('CI_LOOKUP_BUCKETS');
    expect(halfOutput).not.toContain('half-secret-value-0123');

    const credentials = { secretId: 'AKIDnodeconfirm000000000000000', secretKey: 'node-confirm-secret-key-0123456789' };
    const double = createCiApiDouble({ secrets: { [credentials.secretId]: credentials.secretKey } });
    const transcode = getFixture('task/Transcode/transcode-workflow-triggered.xml');
    double.addCallback(transcode.text, transcode.contentType);
    const api = createServer(async (request, response) => {
      const answer = await double.handle(new Request(`http://${request.headers.host}${request.url}`, { method: request.method, headers: request.headers as Record<string, string> }));
      response.writeHead(answer.status, Object.fromEntries(answer.headers)).end(Buffer.from(await answer.arrayBuffer()));
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    const server = await startServer({
      CI_SECRET_ID: credentials.secretId,
      CI_SECRET_KEY: credentials.secretKey,
      CI_LOOKUP_BUCKETS: 'test-123456789=ap-chongqing',
      CI_API_ENDPOINT: `http://127.0.0.1:${(api.address() as AddressInfo).port}`,
    });
    try {
      expect(server.output()).toContain('confirmation on, looking callbacks up in test-123456789');
      const post = (body: string) => fetch(`${server.base}/ci/${TOKEN}`, { method: 'POST', body, headers: { 'content-type': 'application/xml' } });
      expect((await post(transcode.text)).status).toBe(200);
      const forged = await post(transcode.text.replace(/<JobId>[^<]+<\/JobId>/, '<JobId>j00000000000000000000000000000bad</JobId>'));
      expect(forged.status).toBe(403);
      expect(((await forged.json()) as { code: string }).code).toBe('UNCONFIRMED');
      expect(double.requests.map((request) => request.verified)).toEqual([true, true]);
    } finally {
      await stop(server.child);
      api.close();
    }
  }, 60_000);
});
