// The lookup client and the CI API double are portable: one esbuild bundle of
// test/portable/lookup-round-trip.ts runs in Node, workerd (Miniflare) and the real `deno` binary.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupRoundTrip, type RoundTrip } from './portable/lookup-round-trip.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
let bundle: string;
const work = mkdtempSync(join(tmpdir(), 'wanxiang-ci-double-'));
beforeAll(async () => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./portable/lookup-round-trip.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    alias: { '@wanxiang/core': join(repoRoot, 'packages/core/src/index.ts'), '@wanxiang/fixtures': join(repoRoot, 'packages/fixtures/src/index.ts') },
    write: false,
  });
  bundle = result.outputFiles[0]!.text;
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function expectRoundTrip(result: RoundTrip): void {
  expect(result.found).toEqual(['j68427030f84611ecb8546d80f2baf56f:Success']);
  expect(result.wrongSecret).toBe('LOOKUP_UNAUTHORIZED');
  expect(result.stalled.code).toBe('LOOKUP_TIMEOUT');
  expect(result.stalled.ms).toBeLessThan(400);
  expect(result.verified).toEqual([true, false, true]);
}

describe('the client against the double, in every runtime', () => {
  it('Node', async () => {
    expectRoundTrip(await lookupRoundTrip());
  });

  it('workerd (Miniflare)', async () => {
    const mf = new Miniflare({ modules: true, compatibilityDate: '2025-06-01', script: `${bundle}\nexport default { async fetch() { return Response.json(await lookupRoundTrip()); } };` });
    try {
      expectRoundTrip((await (await mf.dispatchFetch('http://localhost/')).json()) as RoundTrip);
    } finally {
      await mf.dispose();
    }
  }, 60_000);

  it('Deno (the real binary, no permissions)', async () => {
    const file = join(work, 'deno-round-trip.mjs');
    writeFileSync(file, `${bundle}\nconsole.log(JSON.stringify(await lookupRoundTrip()));\n`);
    const { stdout } = await promisify(execFile)(join(repoRoot, 'node_modules/.bin/deno'), ['run', '--no-prompt', '--quiet', file], {
      env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
      encoding: 'utf8',
    });
    expectRoundTrip(JSON.parse(stdout) as RoundTrip);
  }, 60_000);
});
