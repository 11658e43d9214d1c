// Bundles @wanxiang/core's sources with esbuild and runs bench/hostile/driver.mjs once per shape
// and format, each in a fresh `node --max-old-space-size=128 --expose-gc` process. Shared by
// the bounds test (packages/core/test/bounds.test.ts) and bench/hostile.mjs.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const driver = fileURLToPath(new URL('driver.mjs', import.meta.url));
const referenceDriver = fileURLToPath(new URL('reference.mjs', import.meta.url));
const entry = fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url));

/** The default maxBytes (4 MiB) less a little, so every body is accepted by size. */
export const BODY_BYTES = 4 * 1024 * 1024 - 256;

/** Bundles the core into a fresh temporary folder; `dispose()` removes it. */
export async function bundleCore() {
  const dir = mkdtempSync(join(tmpdir(), 'wanxiang-bounds-'));
  const outfile = join(dir, 'core.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'silent' });
  return { url: pathToFileURL(outfile).href, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The driver's figures for one shape and format; a process that crashes (out of memory above
 * all) resolves to `{ crashed: true, exitCode, stderr }` rather than rejecting.
 */
export function runShape(bundleUrl, shape, format, bytes = BODY_BYTES, reading = 'strict') {
  return runLine(['--max-old-space-size=128', '--expose-gc', driver, bundleUrl, shape, format, String(bytes), reading], shape, format);
}

/** The reference parser's times on the same two bodies (reference.mjs): `{ reference, hostileMs, benignMs }`. */
export function runReference(shape, format, bytes = BODY_BYTES) {
  return runLine(['--max-old-space-size=512', referenceDriver, shape, format, String(bytes)], shape, format);
}

function runLine(args, shape, format) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
    proc.stderr.setEncoding('utf8').on('data', (chunk) => (err += chunk));
    proc.on('error', reject);
    proc.on('exit', (exitCode, signal) => {
      const line = out.trim().split('\n').at(-1);
      if (exitCode === 0 && line) resolve(JSON.parse(line));
      else resolve({ shape, format, crashed: true, exitCode, signal, stderr: err.slice(-2000) });
    });
  });
}
