// The `wrangler dev` command `npm start` runs. Secrets never go on the command line, where
// every local user can read them (`ps`, /proc/<pid>/cmdline): they go in a 0600 file in a
// private temporary folder, which wrangler reads with --env-file; only non-secret vars are
// passed as --var.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The names that are secrets (wrangler.jsonc comments say so too). */
export const SECRET_NAMES = ['CI_TOKENS', 'WEBHOOK_SECRET', 'REPLAY_TOKEN', 'ECHO_SECRETS', 'CI_SECRET_ID', 'CI_SECRET_KEY', 'CI_SESSION_TOKEN'];

/**
 * The arguments of `node wrangler.js dev …` and the env file holding the secrets.
 * `cleanup()` removes the file; call it when wrangler exits.
 *
 * @param {{ wranglerBin: string, port: number, vars: Record<string, string> }} options
 */
export function wranglerCommand({ wranglerBin, port, vars }) {
  const folder = mkdtempSync(join(tmpdir(), 'wanxiang-dev-'));
  chmodSync(folder, 0o700);
  const envFile = join(folder, 'secrets.env');
  const secrets = Object.entries(vars).filter(([name]) => SECRET_NAMES.includes(name));
  // Values are quoted; a secret holding a quote or a line break is refused rather than mangled.
  for (const [name, value] of secrets) if (/["\r\n\\]/.test(value)) throw new Error(`${name} must not contain quotes, backslashes or line breaks`);
  writeFileSync(envFile, secrets.map(([name, value]) => `${name}="${value}"\n`).join(''), { mode: 0o600 });
  const plain = Object.entries(vars).filter(([name]) => !SECRET_NAMES.includes(name));
  const args = [
    wranglerBin,
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--show-interactive-dev-session=false',
    '--env-file',
    envFile,
    ...plain.flatMap(([name, value]) => ['--var', `${name}:${value}`]),
  ];
  return { args, envFile, cleanup: () => rmSync(folder, { recursive: true, force: true }) };
}
