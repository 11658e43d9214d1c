// examples/node/redis-relay.mjs as a user runs it: settings in the environment, a Redis with a
// password, the curl line it prints run through a shell with a corpus body, the event delivered
// to a verifying downstream, and no secret in its argv or its output. Then SIGTERM.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeRedis } from './redis/describe-redis.js';
import { type Downstream, startDownstream, WEBHOOK_SECRET } from './redis/downstream.js';
import { startTestRedis, type TestRedis } from './redis/redis-server.js';
import { repoRoot, spawnRelay, waitFor } from './redis/relay-process.js';

const TOKEN = 'start-command-token-0123456789';
const PASSWORD = 'redis-pass-word-4711';

describeRedis('examples/node/redis-relay.mjs, the start command', () => {
  let redis: TestRedis;
  let downstream: Downstream;
  beforeAll(async () => {
    [redis, downstream] = await Promise.all([startTestRedis({ password: PASSWORD }), startDownstream()]);
  });
  afterAll(async () => {
    await downstream?.close();
    await redis?.dispose();
  });

  it('receives a corpus callback by its printed curl line, delivers it signed downstream, keeps every secret out of argv and output, and stops on SIGTERM', async () => {
    const { child, output, exited } = spawnRelay({
      CI_TOKENS: TOKEN,
      REDIS_URL: redis.url,
      DOWNSTREAM_URL: downstream.url,
      WEBHOOK_SECRET,
      PORT: '0',
      REDIS_PREFIX: 'e2e',
    });
    try {
      const curl = await waitFor(
        () => /^try: (curl .*)$/m.exec(output())?.[1],
        () => `the curl line in: ${output()}`,
      );
      expect(output()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+\/ci\/<token from CI_TOKENS>/);

      // What `ps` shows of it: no token, secret or Redis password.
      const cmdline = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      for (const secret of [TOKEN, WEBHOOK_SECRET, PASSWORD]) expect(cmdline).not.toContain(secret);
      expect(cmdline).toContain('examples/node/redis-relay.mjs');

      // The user's shell, with the token in their environment.
      const answer = await new Promise<string>((resolve, reject) =>
        execFile('sh', ['-c', curl], { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', CI_TOKEN: TOKEN } }, (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}: ${stderr}`)) : resolve(stdout),
        ),
      );
      const accepted = JSON.parse(answer) as { ok: boolean; id: string; keys: string[] };
      expect(accepted.ok).toBe(true);
      expect(accepted.keys.length).toBeGreaterThan(0);

      await waitFor(() => accepted.keys.every((key) => downstream.delivered.some((post) => post.id === key)), 'the downstream POSTs');
      for (const key of accepted.keys) {
        const posts = downstream.delivered.filter((post) => post.id === key);
        expect(posts).toHaveLength(1);
        expect(posts[0]!.payload).toMatchObject({ type: 'TaskFinish', key });
      }
      expect(downstream.forged).toBe(0);
      await waitFor(() => output().includes('→ delivered'), 'the delivered log line');

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      for (const secret of [TOKEN, WEBHOOK_SECRET, PASSWORD]) expect(output()).not.toContain(secret);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('refuses to start, naming the variable, when a setting is missing or wrong; never echoing a secret', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ REDIS_URL: redis.url }, /CI_TOKENS: /],
      [{ CI_TOKENS: TOKEN }, /REDIS_URL: /],
      [{ CI_TOKENS: TOKEN, REDIS_URL: redis.url, DOWNSTREAM_URL: downstream.url }, /DOWNSTREAM_URL and WEBHOOK_SECRET: /],
      [{ CI_TOKENS: TOKEN, REDIS_URL: redis.url, RELAY_MAX_DELIVERIES: '1e3' }, /RELAY_MAX_DELIVERIES: /],
      [{ CI_TOKENS: TOKEN, REDIS_URL: redis.url, RELAY_LEASE_MS: '90000', RELAY_MIN_IDLE_MS: '1000' }, /RELAY_MIN_IDLE_MS: 1000 is below RELAY_LEASE_MS/],
      [{ CI_TOKENS: TOKEN, REDIS_URL: redis.url, DOWNSTREAM_URL: downstream.url, WEBHOOK_SECRET: 'whsec_short', PORT: '0' }, /secret/i],
      [{ CI_TOKENS: TOKEN, REDIS_URL: redis.url.replace(PASSWORD, 'wrong-password-1234'), PORT: '0' }, /could not start/],
    ];
    for (const [env, message] of cases) {
      const { output, exited } = spawnRelay(env);
      const code = await exited;
      expect(code, output()).toBe(1);
      expect(output()).toMatch(message);
      for (const secret of [TOKEN, PASSWORD, 'wrong-password-1234', 'whsec_short']) expect(output()).not.toContain(secret);
    }
  });
});
