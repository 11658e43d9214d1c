// The Deno example's own tests (examples/deno/test, `Deno.test`) under the real `deno` binary
// (the npm package `deno`), run once while this file is collected; each Deno test case is
// reported here as its own test, from Deno's JUnit report. Builds nothing: `npm test` builds
// the packages first (pretest), and the example imports their dist/ through node_modules.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusDir } from './corpus/load.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const exampleDir = join(repoRoot, 'examples/deno');
const denoBin = join(repoRoot, 'node_modules/.bin/deno');
/** Deno is given at most this long; it takes about 20 s. */
const TIMEOUT_MS = 120_000;

interface DenoCase {
  suite: string;
  name: string;
  failure?: string;
}

interface DenoRun {
  code: number | null;
  output: string;
  cases: DenoCase[];
}

/**
 * `deno test` with the flags of the example's `test` task (deno.json), except that the paths
 * are absolute and that the JUnit report goes to a temporary file.
 */
async function runDenoTests(): Promise<DenoRun> {
  if (!existsSync(denoBin)) return { code: null, output: `${denoBin} not found: run npm install at the root`, cases: [] };
  const folder = mkdtempSync(join(tmpdir(), 'wanxiang-deno-'));
  const junit = join(folder, 'junit.xml');
  const args = [
    'test',
    '--unstable-kv',
    '--no-prompt',
    '--allow-net=127.0.0.1',
    // The files main.ts may print in its curl line (a body of packages/fixtures/corpus, the Worker's sample).
    // The tests themselves read no file: @wanxiang/fixtures embeds the bodies.
    `--allow-read=${[corpusDir, join(repoRoot, 'examples/cloudflare-worker/samples')].join(',')}`,
    // The start-task test runs `Deno.execPath() task start`; --allow-run matches the resolved binary.
    `--allow-run=${realpathSync(denoBin)}`,
    `--junit-path=${junit}`,
    'test/',
  ];
  try {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((done) => {
      const child = spawn(denoBin, args, {
        cwd: exampleDir,
        env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      const timer = setTimeout(() => {
        output += `\n[deno test did not finish within ${TIMEOUT_MS} ms and was killed]`;
        child.kill('SIGKILL');
      }, TIMEOUT_MS);
      child.on('error', (error) => {
        clearTimeout(timer);
        done({ code: null, output: `${output}\n${String(error)}` });
      });
      child.on('close', (exitCode) => {
        clearTimeout(timer);
        done({ code: exitCode, output });
      });
    });
    const cases = existsSync(junit) ? parseJunit(readFileSync(junit, 'utf8')) : [];
    return { code, output, cases };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The test cases of Deno's JUnit report: suite (file), name, and the failure text when one failed. */
function parseJunit(xml: string): DenoCase[] {
  const cases: DenoCase[] = [];
  for (const suite of xml.matchAll(/<testsuite\b([^>]*)>([\s\S]*?)<\/testsuite>/g)) {
    const suiteName = decode(attribute(suite[1]!, 'name') ?? '').replace(/^\.\//, '');
    for (const testcase of suite[2]!.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
      const name = decode(attribute(testcase[1]!, 'name') ?? '');
      const failure = /<(failure|error)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/.exec(testcase[2] ?? '');
      cases.push({
        suite: suiteName,
        name,
        ...(failure ? { failure: decode([attribute(failure[2]!, 'message'), failure[3]].filter(Boolean).join('\n')) } : {}),
      });
    }
  }
  return cases;
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

function decode(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(quot|apos|lt|gt|amp));/gi, (_, hex, dec, named: string | undefined) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' }[named!.toLowerCase() as 'quot']!;
  });
}

/** The end of Deno's output, where the failures and the summary are. */
const tail = (output: string) => (output.length > 20_000 ? `…${output.slice(-20_000)}` : output);

const run = await runDenoTests();
const suites = new Map<string, DenoCase[]>();
for (const testCase of run.cases) suites.set(testCase.suite, [...(suites.get(testCase.suite) ?? []), testCase]);

describe('examples/deno under the real deno binary (deno test)', () => {
  for (const [suite, cases] of suites) {
    describe(suite, () => {
      for (const testCase of cases) {
        it(testCase.name, () => {
          if (testCase.failure !== undefined) throw new Error(`${testCase.failure}\n\n--- deno test output ---\n${tail(run.output)}`);
        });
      }
    });
  }

  // A file that throws while loading (a missing corpus, a syntax error) has no test case in the report.
  for (const [, file] of run.output.matchAll(/^Uncaught error from (\S+) FAILED$/gm)) {
    it(`${file!.replace(/^\.\//, '')} loads`, () => {
      throw new Error(`deno test could not load ${file}\n\n--- deno test output ---\n${tail(run.output)}`);
    });
  }

  it('deno test ran every file and exited 0', () => {
    expect(run.cases.length, `no test case reported\n${tail(run.output)}`).toBeGreaterThan(0);
    expect(run.code, `deno test exited ${run.code}\n${tail(run.output)}`).toBe(0);
  });
});
