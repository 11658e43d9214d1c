// `wanxiang trigger` against the two receivers a developer runs locally: `wanxiang listen`, and
// the Worker example under `wrangler dev` (what `npm start` runs). Every Tag with a body in the
// corpus, both formats, each parsed by the receiver into the Tag asked for.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type CallbackEvent, isTaskFinish, knownTags, safeParseCallback } from '@wanxiang/core';
import { type Fixture, fixtures } from '@wanxiang/fixtures';
import { describe, expect, it } from 'vitest';
import { runCli, startCli } from './support/run-cli.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const eventOf = (fixture: Fixture): CallbackEvent | undefined => {
  const result = safeParseCallback(fixture.bytes(), { contentType: fixture.contentType, contentVersion: fixture.contentVersion ?? null });
  return result.success ? result.event : undefined;
};
const hasTag = (event: CallbackEvent | undefined, tag: string) => event !== undefined && isTaskFinish(event) && event.JobsDetail.some((job) => String(job.Tag) === tag);
const tagged = [...knownTags].filter((tag) => fixtures.some((fixture) => hasTag(eventOf(fixture), tag)));

/** A free loopback port whose next one is free too (the Worker's local downstream takes it). */
async function freePortPair(): Promise<number> {
  const listen = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(undefined));
      server.listen(port, '127.0.0.1', () => {
        const chosen = (server.address() as { port: number }).port;
        server.close(() => resolve(chosen));
      });
    });
  for (;;) {
    const port = await listen(0);
    if (port !== undefined && port < 65535 && (await listen(port + 1)) !== undefined) return port;
  }
}

describe('wanxiang trigger → wanxiang listen', () => {
  it.each(['xml', 'json'] as const)('every Tag, --format %s: one 200 line per Tag in listen’s output, naming that Tag', async (format) => {
    const listen = await startCli(['listen', '--port', '0', '--token', 'listen-trigger-token-0123456789'], /listening on (http:\/\/127\.0\.0\.1:\d+\/ci\/\S+)/);
    try {
      const result = await runCli(['trigger', ...tagged, '--to', listen.match[1]!, '--format', format]);
      expect(result.code, result.stdout + result.stderr).toBe(0);
      await expect.poll(() => listen.output().match(/^\S+ 200 .*TaskFinish/gm)?.length ?? 0, { timeout: 10_000 }).toBe(tagged.length);
      const lines = listen.output().match(/^\S+ 200 .*TaskFinish.*$/gm)!;
      for (const [index, tag] of tagged.entries()) expect(lines[index], tag).toContain(` ${tag} `);
    } finally {
      await listen.stop();
    }
  });
});

describe('wanxiang trigger → the Worker under wrangler dev (npm start)', () => {
  it('every Tag, a workflow run and moderation results: each delivered downstream, signature verified', async () => {
    const port = await freePortPair();
    const dev = spawn(process.execPath, ['examples/cloudflare-worker/scripts/dev.mjs'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: String(port), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    dev.stdout!.on('data', (chunk: Buffer) => (output += chunk));
    dev.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    try {
      await expect.poll(() => /callback URL: (\S+)/.exec(output)?.[1], { timeout: 90_000, interval: 200 }).toBeTruthy();
      const url = /callback URL: (\S+)/.exec(output)![1]!;
      const names = [...tagged, 'WorkflowFinish', 'image', 'text'];
      const result = await runCli(['trigger', ...names, '--to', url], { timeoutMs: 60_000 });
      expect(result.code, result.stdout + result.stderr).toBe(0);
      // Through the Queue, the consumer and the Durable Object ledger to the verifying downstream.
      await expect.poll(() => output.match(/\[downstream\] .*signature verified/g)?.length ?? 0, { timeout: 60_000, interval: 200 }).toBe(names.length);
      expect(output).toMatch(/\[downstream\] .*: WorkflowFinish, signature verified/);
      expect(output).toMatch(/\[downstream\] .*: ReviewImage, signature verified/);
    } finally {
      // wrangler runs workerd below it: end the whole group.
      try {
        process.kill(-dev.pid!, 'SIGINT');
      } catch {
        // already gone
      }
      await new Promise((resolve) => (dev.exitCode !== null ? resolve(undefined) : dev.once('exit', resolve)));
    }
  }, 180_000);
});
