// Runs the real `wanxiang` binary (bin/wanxiang.js, over the built dist/) as a user would: a child
// process, its own stdout, stderr and exit code. `start` keeps it running (listen) until stopped.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/wanxiang.js', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `wanxiang …args` to its end; `input` is written to its stdin. Colours off unless `env` says otherwise. */
export function runCli(args: readonly string[], options: { input?: string | Uint8Array; env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? repoRoot, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`wanxiang ${args.join(' ')}: no exit within ${options.timeoutMs ?? 30_000} ms\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 30_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    // A command may exit before it reads all of its input (a body over the limit): not the test's failure.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/** A long-running `wanxiang …args` (listen): resolves once `ready` matches its stdout; `stop()` ends it with SIGINT. */
export async function startCli(
  args: readonly string[],
  ready: RegExp,
  options: { env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<{ child: ChildProcess; match: RegExpExecArray; output: () => string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setInterval(() => {
      const found = ready.exec(output);
      if (found) {
        clearInterval(timer);
        resolve(found);
      }
    }, 20);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`exited ${code}: ${output}`));
    });
    setTimeout(() => {
      clearInterval(timer);
      reject(new Error(`not ready: ${output}`));
    }, options.timeoutMs ?? 20_000);
  });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else {
        child.once('exit', (code) => resolve(code));
        child.kill('SIGINT');
      }
    });
  return { child, match, output: () => output, stop };
}
