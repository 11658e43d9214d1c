// @wanxiang/ci-api's signer in every runtime it promises (Web Crypto only): the request-signature
// document's worked examples, computed in Node, workerd (Miniflare), the real `deno` binary and
// headless Chromium from one esbuild bundle of the portable module.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignatureExample, signatureExamples } from '../packages/ci-api/test/portable/signature-examples.js';
import { findChromium, launchChromium, serveStatic } from './browser/chromium.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const chromiumPath = findChromium();
const requireBrowser = process.env.REQUIRE_BROWSER === '1';

let bundle: string;
const work = mkdtempSync(join(tmpdir(), 'wanxiang-ci-api-'));
beforeAll(async () => {
  const result = await build({ entryPoints: [join(repoRoot, 'packages/ci-api/test/portable/signature-examples.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false });
  bundle = result.outputFiles[0]!.text;
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function expectDocumented(results: SignatureExample[]): void {
  expect(results.map((result) => result.name)).toEqual(['upload (PUT, seven headers)', 'download (GET, two query parameters)']);
  for (const { name, expected, actual } of results) expect(actual, name).toBe(expected);
}

describe('cosAuthorization gives the documented signatures in every runtime', () => {
  it('Node', async () => {
    expectDocumented(await signatureExamples());
  });

  it('workerd (Miniflare)', async () => {
    const mf = new Miniflare({
      modules: true,
      compatibilityDate: '2025-06-01',
      script: `${bundle}\nexport default { async fetch() { return Response.json(await signatureExamples()); } };`,
    });
    try {
      const response = await mf.dispatchFetch('http://localhost/');
      expectDocumented((await response.json()) as SignatureExample[]);
    } finally {
      await mf.dispose();
    }
  });

  it('Deno (the real binary, no permissions)', async () => {
    const file = join(work, 'deno-check.mjs');
    writeFileSync(file, `${bundle}\nconsole.log(JSON.stringify(await signatureExamples()));\n`);
    const { stdout } = await promisify(execFile)(join(repoRoot, 'node_modules/.bin/deno'), ['run', '--no-prompt', '--quiet', file], {
      env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
      encoding: 'utf8',
    });
    expectDocumented(JSON.parse(stdout) as SignatureExample[]);
  }, 60_000);

  it.runIf(!!chromiumPath || requireBrowser)(
    'headless Chromium',
    async () => {
      expect(chromiumPath, 'no Chromium found: set CHROME_PATH, or install one').toBeTruthy();
      const server = await serveStatic(
        {},
        {
          '/signature.html': { type: 'text/html; charset=utf-8', body: '<!doctype html><title>signature</title>' },
          '/signature.mjs': { type: 'text/javascript; charset=utf-8', body: bundle },
        },
      );
      const browser = await launchChromium(chromiumPath!);
      try {
        const page = await browser.context.newPage();
        await page.goto(`${server.origin}/signature.html`);
        // A string, not a function: vitest would rewrite a function's import().
        const results = await page.evaluate("import('/signature.mjs').then((module) => module.signatureExamples())");
        expectDocumented(results as SignatureExample[]);
      } finally {
        await browser.close();
        await server.close();
      }
    },
    60_000,
  );
});
