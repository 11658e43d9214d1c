import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// CI runs every test, so this is where the formatter and the linter are enforced: `biome check`
// (formatting, lint rules, import order) over the repo, as `npm run lint` runs it, configured by biome.jsonc.
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const biomeBin = join(repoRoot, 'node_modules/.bin/biome');

interface Diagnostic {
  severity: string;
  category: string;
  message: string;
  location?: { path?: string; start?: { line: number; column: number } };
}
interface Report {
  summary: { changed: number; unchanged: number; errors: number; warnings: number };
  diagnostics: Diagnostic[];
}

let report: Report | undefined;
/** One `biome check` for both tests (about two seconds). */
function biomeCheck(): Report {
  report ??= runBiomeCheck();
  return report;
}

function runBiomeCheck(): Report {
  const result = spawnSync(biomeBin, ['check', '.', '--reporter=json', '--max-diagnostics=none', '--colors=off'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  const start = result.stdout.indexOf('{');
  if (start < 0) throw new Error(`biome check printed no report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(result.stdout.slice(start)) as Report;
}

/** Tracked files biome.jsonc says Biome covers: JS, TS and JSON outside the corpus, build output and generated files. */
function coveredFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  const ignored = [
    /(^|\/)dist\//,
    /^packages\/fixtures\/corpus\//,
    /^packages\/fixtures\/src\/generated\//,
    /^packages\/core\/src\/types\//,
    /^bench\/profiles\//,
    /^bench\/results\.json$/,
    /^package-lock\.json$/,
  ];
  return listed.stdout.split('\0').filter((file) => /\.(ts|mts|mjs|js|json|jsonc)$/.test(file) && !ignored.some((pattern) => pattern.test(file)));
}

// Errors first in the failure message: they are what `npm run format` cannot fix.
const SEVERITY_ORDER = ['fatal', 'error', 'warning', 'information', 'info', 'hint'];

function where(diagnostic: Diagnostic): string {
  const { path = '(no file)', start } = diagnostic.location ?? {};
  return start && start.line > 0 ? `${path}:${start.line}:${start.column}` : path;
}

describe('biome check (npm run lint)', () => {
  it('finds nothing to format, no lint rule broken and imports in order', { timeout: 60_000 }, () => {
    const report = biomeCheck();
    const byCategory = new Map<string, number>();
    for (const diagnostic of report.diagnostics) byCategory.set(diagnostic.category, (byCategory.get(diagnostic.category) ?? 0) + 1);
    const summary = [...byCategory].sort((a, b) => b[1] - a[1]).map(([category, count]) => `${count} ${category}`);
    const first = [...report.diagnostics]
      .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
      .slice(0, 15)
      .map((diagnostic) => `  ${where(diagnostic)} ${diagnostic.category} (${diagnostic.severity}): ${diagnostic.message}`);
    expect(
      report.diagnostics.length,
      `${report.diagnostics.length} diagnostics (${summary.join(', ')}); \`npm run format\` fixes formatting, import order and safe fixes, \`npm run lint\` shows the rest:\n${first.join('\n')}`,
    ).toBe(0);
  });

  it('covers every tracked JS, TS and JSON file but the ignored ones (a config that skips a folder fails here)', { timeout: 60_000 }, () => {
    const report = biomeCheck();
    const checked = report.summary.changed + report.summary.unchanged;
    const expected = coveredFiles();
    expect(expected.length).toBeGreaterThan(400);
    expect(checked, `biome checked ${checked} files; git tracks ${expected.length} it should cover`).toBeGreaterThanOrEqual(expected.length);
  });
});
