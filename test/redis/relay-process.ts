// examples/node/redis-relay.mjs as a child process, the way a user (or systemd, or a container)
// runs it: settings in the environment only.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface RelayProcess {
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (null after a signal). */
  exited: Promise<number | null>;
  /** The receiver's base URL, once it printed its listening line. */
  listening(): Promise<string>;
}

export function spawnRelay(env: Record<string, string>): RelayProcess {
  const child = spawn(process.execPath, ['examples/node/redis-relay.mjs'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    listening: () =>
      waitFor(
        () => /listening on (http:\/\/[^\s/]+)\/ci\//.exec(output)?.[1],
        () => `the listening line in: ${output}`,
      ),
  };
}

/** Polls `probe` until it returns a value; throws after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | false, what: string | (() => string), timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
