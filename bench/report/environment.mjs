// The machine, Node and V8, the git commit and the versions of what is compared: the head of
// results.md, so that a run can be told from another.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function version(name) {
  try {
    return JSON.parse(readFileSync(`${repoRoot}node_modules/${name}/package.json`, 'utf8')).version;
  } catch {
    return '?';
  }
}

function git() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages'], { cwd: repoRoot, encoding: 'utf8' }).trim() !== '';
    return `${head}${dirty ? ' (packages/ has uncommitted changes)' : ''}`;
  } catch {
    return '?';
  }
}

/** The machine and versions, taken when a run starts (run.mjs adds `loadavgEnd` at the end). */
export function environment() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model ?? '?',
    cores: cpus.length,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    loadavg: os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
    git: git(),
    versions: Object.fromEntries(['@wanxiang/core', '@wanxiang/receiver', 'valibot', 'txml', 'fast-xml-parser', 'xml2js', 'miniflare', 'workerd', 'autocannon', 'esbuild'].map((n) => [n, version(n)])),
  };
}
