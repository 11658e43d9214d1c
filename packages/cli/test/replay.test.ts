// `wanxiang replay`, the real binary: against `wanxiang listen --forward-to`, a receiver that
// asks to wait, and one that hangs mid-run; resumed from its journal.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Fixture, fixtures } from '@wanxiang/fixtures';
import { createReceiver, createRelay, inlineRelayMessage } from '@wanxiang/receiver';
import { createNodeHandler } from '@wanxiang/receiver/node';
import { createMemoryLedger } from '@wanxiang/receiver/testing';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli, startCli } from './support/run-cli.js';

const TOKEN = 'replay-test-token-0123456789';
const servers: Server[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** A node:http server on a free port, closed after the test. */
async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A receiver in this process, relaying through a memory ledger: `logged` counts each key the relay let through. */
function receiverWithLedger() {
  const relay = createRelay({ ledger: createMemoryLedger(), logger: false });
  const logged: string[] = [];
  const receiver = createReceiver({
    tokens: [TOKEN],
    logger: false,
    forwarder: {
      async send(delivery) {
        const result = await relay.handle(inlineRelayMessage(delivery, Infinity));
        if (result.status !== 'done') throw new Error('not done');
        for (const key of result.keys) if (key.outcome === 'logged') logged.push(key.key);
      },
    },
  });
  return { receiver, logged };
}

interface Body {
  fixture: Fixture;
  name: string;
  keys: string[];
}

/** Real corpus bodies of every family whose keys overlap no other's (the docs reuse JobIds), as replay sends them (no content version). */
let bodies: Body[] = [];
beforeAll(async () => {
  const { receiver } = receiverWithLedger();
  const seen = new Set<string>();
  const per: Record<string, number> = {};
  for (const fixture of fixtures) {
    if ((per[fixture.family] ?? 0) >= 3) continue;
    const answer = await receiver.fetch(new Request(`http://x/ci/${TOKEN}`, { method: 'POST', headers: { 'content-type': fixture.contentType }, body: fixture.bytes() }));
    if (answer.status !== 200) continue;
    const { keys } = (await answer.json()) as { keys: string[] };
    if (keys.some((key) => seen.has(key))) continue;
    for (const key of keys) seen.add(key);
    per[fixture.family] = (per[fixture.family] ?? 0) + 1;
    bodies.push({ fixture, name: fixture.file.replace(/\//g, '-'), keys });
  }
  bodies = bodies.sort((a, b) => a.fixture.file.localeCompare(b.fixture.file));
});

/** A folder of the bodies, below subfolders by family, and `extra` files. */
function folder(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'wanxiang-replay-'));
  for (const { fixture } of bodies) {
    mkdirSync(join(dir, fixture.family), { recursive: true });
    writeFileSync(join(dir, fixture.family, fixture.file.split('/').pop()!), fixture.bytes());
  }
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

const summary = (stdout: string) => /sent (\d+), accepted (\d+), refused (\d+), failed (\d+), duplicates (\d+)/.exec(stdout)?.slice(1).map(Number);

describe('wanxiang replay', () => {
  it('through wanxiang listen --forward-to: each key reaches the downstream once; a second run skips what the journal has', async () => {
    expect(new Set(bodies.map((b) => b.fixture.family))).toEqual(new Set(['task', 'workflow', 'moderation']));
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const webhook = new Webhook(secret);
    const ids: string[] = [];
    const hooks = await serve((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        webhook.verify(Buffer.concat(chunks).toString('utf8'), req.headers as Record<string, string>);
        ids.push(String(req.headers['webhook-id']));
        res.writeHead(200).end();
      });
    });
    const listen = await startCli(['listen', '--port', '0', '--token', TOKEN, '--forward-to', hooks], /listening on (http:\/\/127\.0\.0\.1:\d+)/, { env: { WEBHOOK_SECRET: secret } });
    const url = `${listen.match[1]}/ci/${TOKEN}`;
    try {
      // Two delivered before the replay, as CI had done.
      for (const { fixture } of bodies.slice(0, 2)) expect((await fetch(url, { method: 'POST', headers: { ...fixture.headers }, body: fixture.bytes() })).status).toBe(200);
      const dir = folder({ 'broken.xml': '<JobsDetail>' });
      const first = await runCli(['replay', dir, '--to', url, '--concurrency', '3']);
      expect(first.code).toBe(1);
      expect(summary(first.stdout)).toEqual([bodies.length + 1, bodies.length - 2, 1, 0, 2]);
      expect(first.stdout).toMatch(/refused 400 MALFORMED_XML broken\.xml/);
      expect(ids.sort()).toEqual(bodies.flatMap((b) => b.keys).sort());

      const again = await runCli(['replay', dir, '--to', url]);
      expect(summary(again.stdout)).toEqual([1, 0, 1, 0, bodies.length]);
      expect(ids).toHaveLength(bodies.flatMap((b) => b.keys).length);
      const journal = readFileSync(join(dir, '.wanxiang-replay.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(journal.filter((line) => line.outcome === 'refused')).toHaveLength(2);
    } finally {
      expect(await listen.stop()).toBe(0);
    }
  });

  it('--dry-run lists the bodies and sends nothing', async () => {
    let requests = 0;
    const url = await serve((_req, res) => {
      requests++;
      res.writeHead(200).end();
    });
    const dir = folder();
    const run = await runCli(['replay', dir, '--to', `${url}/ci/${TOKEN}`, '--dry-run']);
    expect(run.code).toBe(0);
    expect(requests).toBe(0);
    for (const { fixture } of bodies) expect(run.stdout).toContain(`${fixture.family}/${fixture.file.split('/').pop()}: send ${fixture.contentType}`);
    expect(existsSync(join(dir, '.wanxiang-replay.jsonl'))).toBe(false);
    expect((await runCli(['replay', dir])).code).toBe(2);
    expect((await runCli(['replay', dir, '--to', 'ftp://x'])).code).toBe(2);
    expect((await runCli(['replay', join(dir, 'none'), '--to', url])).code).toBe(2);
  });

  it('waits as a 503 Retry-After asks and sends again; gives up after --retries', async () => {
    const seen = new Map<string, number>();
    const { receiver } = receiverWithLedger();
    const handler = createNodeHandler(receiver);
    const url = await serve((req, res) => {
      const length = req.headers['content-length'] ?? '';
      const count = (seen.get(length) ?? 0) + 1;
      seen.set(length, count);
      if (count === 1) {
        req.resume();
        res.writeHead(503, { 'retry-after': '1' }).end('{"code":"FORWARD_FAILED"}');
        return;
      }
      void handler(req, res);
    });
    const dir = folder();
    const started = Date.now();
    const run = await runCli(['replay', dir, '--to', `${url}/ci/${TOKEN}`]);
    expect(run.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(summary(run.stdout)).toEqual([bodies.length, bodies.length, 0, 0, 0]);

    let attempts = 0;
    const busy = await serve((req, res) => {
      attempts++;
      req.resume();
      res.writeHead(429, { 'retry-after': '3600' }).end();
    });
    const give = await runCli(['replay', folder(), '--to', busy, '--retries', '1', '--max-wait', '0', '--concurrency', '1']);
    expect(give.code).toBe(1);
    expect(summary(give.stdout)).toEqual([bodies.length, 0, 0, bodies.length, 0]);
    expect(attempts).toBe(bodies.length * 2);
  });

  it('interrupted by SIGINT while the receiver hangs, then resumed: every key once overall, counts right', async () => {
    const { receiver, logged } = receiverWithLedger();
    const handler = createNodeHandler(receiver);
    const answerFirst = 3;
    let received = 0;
    let hanging = true;
    const url = await serve((req, res) => {
      received++;
      if (hanging && received > answerFirst) return; // never answered
      void handler(req, res);
    });
    const dir = folder();
    const child = spawn(process.execPath, [BIN, 'replay', dir, '--to', `${url}/ci/${TOKEN}`, '--concurrency', '1'], { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    children.push(child);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await expect.poll(() => received, { timeout: 10_000, interval: 20 }).toBe(answerFirst + 1);
    child.kill('SIGINT');
    expect(await exited).toBe(1);
    expect(stdout).toContain('(interrupted)');
    expect(summary(stdout)).toEqual([answerFirst + 1, answerFirst, 0, 0, 0]);
    expect(stdout).toContain(`not sent (interrupted) ${bodies.length - answerFirst}`);

    hanging = false;
    const resumed = await runCli(['replay', dir, '--to', `${url}/ci/${TOKEN}`]);
    expect(resumed.code).toBe(0);
    expect(summary(resumed.stdout)).toEqual([bodies.length - answerFirst, bodies.length - answerFirst, 0, 0, answerFirst]);
    expect(logged.sort()).toEqual(bodies.flatMap((b) => b.keys).sort());
  });

  it('sends an archive folder (listen --archive, the Node example) with each body’s stored content type and version', async () => {
    const headers: IncomingHttpHeaders[] = [];
    const url = await serve((req, res) => {
      headers.push(req.headers);
      req.resume();
      res.writeHead(200).end('{"ok":true}');
    });
    const dir = mkdtempSync(join(tmpdir(), 'wanxiang-archive-'));
    mkdirSync(join(dir, 'rejected', '2026-01-02'), { recursive: true });
    const simple = fixtures.find((f) => f.moderationVariant === 'Simple')!;
    const kept = join(dir, 'rejected', '2026-01-02', '010203-abcd.bin');
    writeFileSync(kept, simple.bytes());
    writeFileSync(`${kept}.meta.json`, JSON.stringify({ status: 'rejected', contentType: 'application/json; charset=utf-8', contentVersion: 'Simple', receivedAt: '2026-01-02T01:02:03.000Z' }));
    const run = await runCli(['replay', dir, '--to', url]);
    expect(run.code).toBe(0);
    expect(headers).toHaveLength(1);
    expect(headers[0]).toMatchObject({ 'content-type': 'application/json; charset=utf-8', 'x-ci-content-version': 'Simple' });
  });
});
