// `wanxiang listen`, the real binary: what it prints, what it answers, what it relays downstream.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Fixture, fixtures } from '@wanxiang/fixtures';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, startCli as start } from './support/run-cli.js';

// Ready once the curl line, written after the URL, is out too.
const READY = /listening on (http:\/\/127\.0\.0\.1:\d+)\/ci\/(\S+)[\s\S]*try: curl .*\n/;
const TOKEN = 'listen-test-token-0123456789';
const repoRoot = new URL('../../../', import.meta.url);

/** The first well-formed body of each family (and each moderation variant), as CI sends them. */
const samples: Fixture[] = ['task', 'workflow', 'Simple', 'Detail'].map((kind) => {
  const found = fixtures.find((f) => f.wellFormed && (f.family === kind || f.moderationVariant === kind) && f.factsMethod === 'parsed');
  if (!found) throw new Error(`no ${kind} fixture`);
  return found;
});

const post = (url: string, fixture: Pick<Fixture, 'headers' | 'bytes'>) => fetch(url, { method: 'POST', headers: { ...fixture.headers }, body: fixture.bytes() });

/** A downstream that verifies each Standard Webhooks POST and records its `webhook-id`; `fail` answers 503 to the first ones. */
async function downstream(secret: string, fail = 0): Promise<{ url: string; ids: string[]; server: Server }> {
  const webhook = new Webhook(secret);
  const ids: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        webhook.verify(Buffer.concat(chunks).toString('utf8'), req.headers as Record<string, string>);
      } catch {
        return void res.writeHead(401).end();
      }
      if (fail-- > 0) return void res.writeHead(503, { 'retry-after': '7' }).end();
      ids.push(String(req.headers['webhook-id']));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, ids, server };
}

const servers: Server[] = [];
const running: Awaited<ReturnType<typeof start>>[] = [];
/** startCli, stopped after the test even when an assertion fails first. */
const startCli = async (...args: Parameters<typeof start>) => {
  const cli = await start(...args);
  running.push(cli);
  return cli;
};
afterEach(async () => {
  for (const server of servers.splice(0)) server.close();
  await Promise.all(running.splice(0).map((cli) => cli.stop()));
});

describe('wanxiang listen', () => {
  it('prints the URL and a curl line that works, one line per event and per refusal, and stops on SIGINT with 0', async () => {
    const cli = await startCli(['listen', '--port', '0'], READY);
    const [, origin, token] = cli.match;
    expect(token).toMatch(/^dev-[0-9a-f]{32}$/);
    const curl = /try: curl .*--data-binary @(\S+) "(\S+)"/.exec(cli.output());
    expect(curl?.[2]).toBe(`${origin}/ci/${token}`);
    expect(existsSync(new URL(curl![1]!, repoRoot))).toBe(true);
    const url = `${origin}/ci/${token}`;
    for (const fixture of samples) expect((await post(url, fixture)).status).toBe(200);
    expect((await post(`${origin}/ci/not-the-token-at-all`, samples[0]!)).status).toBe(401);
    expect((await post(url, { headers: { 'content-type': 'application/xml' }, bytes: () => new TextEncoder().encode('<a>\u001b[31m') } as never)).status).toBe(400);
    expect(await cli.stop()).toBe(0);
    const lines = cli.output().split('\n');
    const events = lines.filter((line) => / 200 /.test(line));
    expect(events).toHaveLength(samples.length);
    expect(events.map((line) => line.split(' ')[2])).toEqual(samples.map((f) => f.eventName ?? expect.stringMatching(/^Review/)));
    for (const [index, line] of events.entries()) expect(line).toContain(String(samples[index]!.jobIds[0] ?? ''));
    expect(lines.some((line) => / 401 UNAUTHORIZED /.test(line))).toBe(true);
    const malformed = lines.find((line) => / 400 MALFORMED_XML /.test(line));
    expect(malformed).toBeDefined();
    expect(cli.output()).not.toContain('\u001b');
  });

  it('with --verbose prints the event tree; takes --token, else the first of CI_TOKENS without printing it', async () => {
    const cli = await startCli(['listen', '--port', '0', '--verbose', '--token', TOKEN], READY);
    expect(cli.match[2]).toBe(TOKEN);
    expect((await post(`${cli.match[1]}/ci/${TOKEN}`, samples[0]!)).status).toBe(200);
    expect(await cli.stop()).toBe(0);
    expect(cli.output()).toMatch(/\n {4}EventName: TaskFinish\n/);

    const fromEnv = await startCli(['listen', '--port', '0'], READY, { env: { CI_TOKENS: `${TOKEN},second-token-abcdefgh` } });
    expect(fromEnv.output()).not.toContain(TOKEN);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the shell's parameter expansion, printed as is
    expect(fromEnv.output()).toContain('${CI_TOKENS%%,*}');
    expect((await post(`${fromEnv.match[1]}/ci/${TOKEN}`, samples[0]!)).status).toBe(200);
    expect(await fromEnv.stop()).toBe(0);
  });

  it('--forward-to relays each key once, signed, and a repeat is answered 200 duplicate without a second POST', async () => {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const target = await downstream(secret);
    servers.push(target.server);
    const cli = await startCli(['listen', '--port', '0', '--token', TOKEN, '--forward-to', target.url], READY, { env: { WEBHOOK_SECRET: secret } });
    const url = `${cli.match[1]}/ci/${TOKEN}`;
    const keys: string[] = [];
    for (const fixture of samples) {
      const answer = await post(url, fixture);
      expect(answer.status).toBe(200);
      keys.push(...((await answer.json()) as { keys: string[] }).keys);
    }
    const repeat = await post(url, samples[1]!);
    expect(repeat.status).toBe(200);
    expect(await repeat.json()).toMatchObject({ duplicate: true });
    expect(await cli.stop()).toBe(0);
    expect(target.ids.sort()).toEqual([...new Set(keys)].sort());
    expect(cli.output()).toMatch(/ → delivered already /);
    expect(cli.output()).not.toContain(secret.slice(6));
  });

  it('answers 503 with the downstream Retry-After when the downstream fails; --forward-to needs a secret', async () => {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const target = await downstream(secret, 1);
    servers.push(target.server);
    const cli = await startCli(['listen', '--port', '0', '--token', TOKEN, '--forward-to', target.url, '--secret', secret], READY);
    const url = `${cli.match[1]}/ci/${TOKEN}`;
    const failed = await post(url, samples[0]!);
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('7');
    expect((await post(url, samples[0]!)).status).toBe(200);
    expect(await cli.stop()).toBe(0);
    expect(target.ids).toHaveLength(1);
    expect(cli.output()).toMatch(/ 503 TaskFinish .* → not delivered: /);
    expect(cli.output()).not.toContain(secret.slice(6));

    const missing = await runCli(['listen', '--port', '0', '--forward-to', target.url]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--forward-to needs a secret');
    expect((await runCli(['listen', '--token', 'short'])).code).toBe(2);
  });

  it('--archive keeps each refused body beside its .meta.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wanxiang-listen-'));
    const cli = await startCli(['listen', '--port', '0', '--token', TOKEN, '--archive', dir], READY);
    const url = `${cli.match[1]}/ci/${TOKEN}`;
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"EventName":' })).status).toBe(400);
    expect((await post(url, samples[0]!)).status).toBe(200);
    expect(await cli.stop()).toBe(0);
    const [day] = readdirSync(join(dir, 'rejected'));
    const files = readdirSync(join(dir, 'rejected', day!)).sort();
    expect(files).toHaveLength(2);
    expect(files[1]).toBe(`${files[0]}.meta.json`);
    expect(readFileSync(join(dir, 'rejected', day!, files[0]!), 'utf8')).toBe('{"EventName":');
    expect(JSON.parse(readFileSync(join(dir, 'rejected', day!, files[1]!), 'utf8'))).toMatchObject({ status: 'rejected', contentType: 'application/json', error: 'MALFORMED_JSON' });
  });
});
