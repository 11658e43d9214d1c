// `npm start` (examples/cloudflare-worker/scripts/dev.mjs) must not put secrets on wrangler's
// command line, where any local user reads them (ps, /proc/<pid>/cmdline).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { wranglerCommand } from '../examples/cloudflare-worker/scripts/wrangler-command.mjs';

const vars = { CI_TOKENS: 'secret-token-0123456789abcdef', WEBHOOK_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', DOWNSTREAM_URL: 'http://127.0.0.1:8788/webhook' };

describe('the wrangler dev command of npm start', () => {
  it('passes the secrets in a private 0600 env file, and only non-secret vars as --var', () => {
    const command = wranglerCommand({ wranglerBin: 'wrangler.js', port: 8787, vars });
    try {
      const argv = command.args.join(' ');
      expect(argv).not.toContain(vars.CI_TOKENS);
      expect(argv).not.toContain(vars.WEBHOOK_SECRET.slice(6));
      expect(command.args).toContain(`DOWNSTREAM_URL:${vars.DOWNSTREAM_URL}`);
      expect(command.args[command.args.indexOf('--env-file') + 1]).toBe(command.envFile);
      expect(readFileSync(command.envFile, 'utf8')).toBe(`CI_TOKENS="${vars.CI_TOKENS}"\nWEBHOOK_SECRET="${vars.WEBHOOK_SECRET}"\n`);
      if (process.platform !== 'win32') expect(statSync(command.envFile).mode & 0o077).toBe(0);
    } finally {
      command.cleanup();
    }
    expect(existsSync(command.envFile)).toBe(false);
  });

  it('keeps every secret the Worker declares off the command line: each `Secret:` of env.ts is a SECRET_NAME', () => {
    const env = readFileSync(new URL('../examples/cloudflare-worker/src/env.ts', import.meta.url), 'utf8');
    // A doc comment saying "Secret(s):" belongs to the fields after it, up to the next comment.
    const declared = [...env.matchAll(/\/\*\*\s*Secrets?:[\s\S]*?\*\/\s*((?:\w+\??: [^;]+;\s*)+)/g)].flatMap((match) => [...match[1]!.matchAll(/(\w+)\??:/g)].map((field) => field[1]!));
    expect(declared).toEqual(expect.arrayContaining(['CI_TOKENS', 'WEBHOOK_SECRET', 'REPLAY_TOKEN', 'CI_SECRET_KEY']));
    const all = Object.fromEntries(declared.map((name) => [name, `value-of-${name}-0123456789`]));
    const command = wranglerCommand({ wranglerBin: 'wrangler.js', port: 8787, vars: all });
    try {
      for (const name of declared) expect(command.args.join(' '), name).not.toContain(`value-of-${name}`);
    } finally {
      command.cleanup();
    }
  });

  it.runIf(process.platform === 'linux')('a child spawned with those args shows no secret in /proc/<pid>/cmdline', async () => {
    const command = wranglerCommand({ wranglerBin: '-e', port: 8787, vars });
    try {
      // node -e "<wait>" dev … : the same argv shape, a harmless program.
      const args = ['-e', 'setTimeout(() => {}, 5000)', ...command.args.slice(1)];
      const child = spawn(process.execPath, args, { stdio: 'ignore' });
      try {
        await new Promise((resolve) => setTimeout(resolve, 200));
        const cmdline = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8');
        expect(cmdline).toContain('--env-file');
        expect(cmdline).not.toContain(vars.CI_TOKENS);
        expect(cmdline).not.toContain(vars.WEBHOOK_SECRET.slice(6));
      } finally {
        child.kill();
      }
    } finally {
      command.cleanup();
    }
  });

  it('dev.mjs spawns wrangler with exactly that command', () => {
    const source = readFileSync(new URL('../examples/cloudflare-worker/scripts/dev.mjs', import.meta.url), 'utf8');
    expect(source).toMatch(/spawn\(\s*process\.execPath,\s*command\.args,/);
    expect(source).not.toMatch(/'--var'/);
  });
});
