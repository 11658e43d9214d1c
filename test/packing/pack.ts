// Packing a package as npm would publish it (`npm pack --ignore-scripts`, from the current
// build), unpacking the tarball, and running publint and attw on it: what test/packages.test.ts
// checks. Also which packages under packages/* are published.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** A tool installed at the repository root. */
export const bin = (name: string) => join(repoRoot, 'node_modules/.bin', name);

export interface Manifest {
  name: string;
  private?: boolean;
  license?: string;
  repository?: { type: string; url: string; directory: string };
  homepage?: string;
  bugs?: string | { url: string };
  engines?: { node?: string };
  scripts?: Record<string, string>;
  publishConfig?: Record<string, unknown>;
  exports: Record<string, unknown>;
  sideEffects?: boolean | string[];
  dependencies?: Record<string, string>;
}

/** The packages under packages/* that are published (not private), with their manifests. */
export const publishedPackages = readdirSync(join(repoRoot, 'packages'))
  .map((name) => ({ name, dir: join(repoRoot, 'packages', name) }))
  .filter(({ dir }) => existsSync(join(dir, 'package.json')))
  .map(({ name, dir }) => ({ name, dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest }))
  .filter(({ manifest }) => !manifest.private);

export interface Packed {
  tarball: string;
  /** The tarball's size in bytes (npm's gzip of a tar with fixed dates: the same files give the same bytes). */
  size: number;
  /** Where the tarball was unpacked: its `package/` folder. */
  root: string;
  files: string[];
  publint: { code: number; output: string };
  attw: { code: number; output: string };
}

/** Runs `file` with `args`; its exit code and its output (stdout, then stderr), never a rejection. */
export async function exec(file: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  try {
    const env = { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' };
    const { stdout, stderr } = await run(file, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string; message: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, output: (failed.stdout ?? '') + (failed.stderr ?? '') || failed.message };
  }
}

/** Packs the package in `dir` into `work/<name>`, unpacks it, and runs publint and attw on the tarball. */
export async function pack(name: string, dir: string, work: string): Promise<Packed> {
  const destination = join(work, name);
  mkdirSync(destination, { recursive: true });
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], {
    cwd: dir,
    encoding: 'utf8',
  });
  const [report] = JSON.parse(stdout) as [{ filename: string; size: number; files: { path: string }[] }];
  const tarball = join(destination, report.filename);
  await run('tar', ['-xzf', tarball, '-C', destination]);
  const [publint, attw] = await Promise.all([
    exec(bin('publint'), ['run', tarball, '--strict', '--level', 'suggestion'], destination),
    exec(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'json'], destination),
  ]);
  return { tarball, size: report.size, root: join(destination, 'package'), files: report.files.map((file) => file.path).sort(), publint, attw };
}
