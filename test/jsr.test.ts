// `deno publish --dry-run` for the two packages JSR gets (their jsr.json): it type-checks each
// export and reports every "slow type" (an exported const or function JSR cannot type without
// inference). Nothing is uploaded; valibot and @wanxiang/core resolve from node_modules.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const denoBin = join(repoRoot, 'node_modules/.bin/deno');

describe.each(['core', 'receiver'])('packages/%s on JSR', (name) => {
  const packageDir = join(repoRoot, 'packages', name);
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const jsr = JSON.parse(readFileSync(join(packageDir, 'jsr.json'), 'utf8'));

  it('has a jsr.json with the npm name and version, publishing the source but no tests or dist', () => {
    expect([jsr.name, jsr.version]).toEqual([manifest.name, manifest.version]);
    expect(jsr.publish.include).toEqual(['src/**/*.ts', 'README.md', 'LICENSE']);
  });

  it('passes deno publish --dry-run with no slow types', () => {
    // --allow-dirty: the dry run must not depend on whether the working tree is committed.
    const result = spawnSync(denoBin, ['publish', '--dry-run', '--allow-dirty'], { cwd: packageDir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 90_000 });
    const output = `${result.stdout}${result.stderr}`;
    expect(output.split('\n').filter((line) => /^(error|warning)/.test(line))).toEqual([]);
    expect(output).toContain('Success Dry run complete');
    expect(output).not.toMatch(/\/(test|dist)\//);
    expect(result.status, output).toBe(0);
  }, 120_000);
});
