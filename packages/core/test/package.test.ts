import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '../..');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('@wanxiang/core as published', () => {
  it('is an ESM package with types first in every export entry, side effects only in the IIFE', () => {
    expect(manifest.type).toBe('module');
    expect(manifest.sideEffects).toEqual(['./dist/wanxiang.browser.iife.js']);
    for (const subpath of ['.', './browser', './iife']) expect(Object.keys(manifest.exports[subpath])[0], subpath).toBe('types');
    expect(manifest.exports['./iife']).toEqual({ types: './dist/wanxiang.browser.iife.d.ts', default: './dist/wanxiang.browser.iife.js' });
    expect(manifest.engines).toEqual({ node: '>=20' });
  });

  it('builds itself when packed, from the root rollup config wherever npm runs it', () => {
    expect(manifest.scripts.prepack).toBe('node scripts/generate-types.mjs && tsc -b --force && rollup -c ../../rollup.config.mjs --silent');
    expect(readFileSync(join(repoRoot, 'rollup.config.mjs'), 'utf8')).toMatch(/new URL\(`packages\/core\/\$\{path\}`, import\.meta\.url\)/);
  });

  it('keeps `import "@wanxiang/core/iife"` in a bundle, and the bundle defines globalThis.Wanxiang', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      stdin: { contents: "import '@wanxiang/core/iife';", resolveDir: repoRoot },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const context: { Wanxiang?: { parseCallback(body: string): { EventName: string } } } = {};
    runInNewContext(result.outputFiles[0]!.text.replace(/^export\s*\{\s*\};?\s*$/m, ''), Object.assign(context, { TextEncoder, TextDecoder }));
    expect(context.Wanxiang?.parseCallback('<Response><JobsDetail><JobId>j</JobId><Tag>Transcode</Tag></JobsDetail></Response>').EventName).toBe('TaskFinish');
  });

  it('depends on nothing but valibot and txml at run time', () => {
    for (const name of Object.keys(manifest.dependencies ?? {})) expect(['valibot', 'txml']).toContain(name);
  });

  it('imports from its built exports in plain Node and parses a callback', () => {
    const script = `
      import { parseCallback } from '@wanxiang/core';
      const event = parseCallback('<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j</JobId><Tag>Transcode</Tag></JobsDetail></Response>');
      console.log(JSON.stringify([event.EventName, event.JobsDetail.length]));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual(['TaskFinish', 1]);
  });

  it('ships declarations next to the code', () => {
    expect(statSync(join(packageDir, manifest.exports['.'].types)).isFile()).toBe(true);
  });

  it('type-checks in a TypeScript project that uses only the built declarations', () => {
    // From the .d.ts files, not the source: the fully inferred event types once exceeded tsc's
    // instantiation limits there ("excessively deep") while the source compiled fine.
    const dir = mkdtempSync(join(tmpdir(), 'wanxiang-consumer-'));
    writeFileSync(
      join(dir, 'consumer.ts'),
      `import { parseCallback, type CallbackEvent, type JobDetail } from '@wanxiang/core';
      export function tags(event: CallbackEvent): string[] {
        if (event.EventName !== 'TaskFinish') return [];
        return event.JobsDetail.map((job: JobDetail) => job.Tag === 'SpeechRecognition'
          ? String(job.Operation?.SpeechRecognitionResult?.ResultDetail?.[0]?.Words?.[0]?.Word)
          : String(job.Tag));
      }
      export const parsed = tags(parseCallback('<Response/>'));`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'ESNext',
          moduleResolution: 'Bundler',
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          types: [],
          skipLibCheck: true,
          baseUrl: '.',
          paths: { '@wanxiang/core': [join(packageDir, manifest.exports['.'].types)] },
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('keeps its source portable: no node:*, Buffer, process or Deno globals', () => {
    const offenders = sourceFiles(join(packageDir, 'src')).filter((file) => /from ['"]node:|\bBuffer\b|(?<![\w./-])process\.|\bDeno\.|\brequire\(/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(packageDir, file))).toEqual([]);
  });

  // Size is deterministic, so it is guarded here; timings never are (see bench/). The budget was
  // 12.5 KiB until the strict readers of issue 10 (a one-pass JSON reader that rejects duplicate
  // keys and keeps numbers' text, XML 1.0 well-formedness, the bounded issue collector) added
  // ~6 KiB gzip; 18.2 KiB measured then, and 19.0 KiB once the bounded error path took its
  // per-schema entry plans and the `maxNames` limit; 19.7 KiB with the lenient reading of issue 11
  // (parseCallbackLenient, its deviation walker), 20.1 KiB once an inferred Simple moderation name
  // guarded what it is inferred from. Issue 14 cuts it toward 10 KiB and moves this down: 20.1 KiB
  // once the bundle, the main entry, stopped exporting the schemas (@wanxiang/core/schemas).
  it('keeps the browser ESM build within its gzip budget (20.5 KiB; target 10 KiB)', () => {
    const gzipped = gzipSync(readFileSync(join(packageDir, 'dist/wanxiang.browser.js')), { level: 9 }).byteLength;
    expect(gzipped).toBeLessThanOrEqual(20.5 * 1024);
  });

  it('bundles into one self-contained browser module with no bare imports', () => {
    const bundle = readFileSync(join(packageDir, 'dist/wanxiang.browser.js'), 'utf8');
    expect(bundle).not.toMatch(/\bimport\s*[^(]*from\s*['"]/);
    expect(bundle).not.toMatch(/node:/);
    expect(bundle).toMatch(/export\s*\{/);
  });
});
