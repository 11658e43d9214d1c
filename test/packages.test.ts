// Every published package under packages/*, checked as npm would publish it: each is packed once
// (from the current build, `--ignore-scripts`, so the test never rebuilds dist under the other
// tests' feet), and the tarball goes through publint (strict, suggestions included: any message
// fails) and attw (profile esm-only: the packages are ESM, so CJS `require` and node10
// resolution are not asked for). Then what is inside: the license, the metadata npm and the
// registry show, source maps that resolve inside the package (the core ships none: see its own
// checks below), and no stale build output.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, exec, type Packed, pack, publishedPackages as packages } from './packing/pack.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const LICENSE_LINE = 'Copyright (c) 2026 wanxiang contributors';

const work = mkdtempSync(join(tmpdir(), 'wanxiang-packages-'));
const packed = new Map<string, Packed>();

beforeAll(async () => {
  const results = await Promise.all(packages.map(async ({ name, dir }) => [name, await pack(name, dir, work)] as const));
  for (const [name, result] of results) packed.set(name, result);
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

it('finds the published packages', () => {
  expect(packages.map(({ manifest }) => manifest.name)).toEqual(expect.arrayContaining(['@wanxiang/core', '@wanxiang/receiver']));
});

describe.each(packages)('$manifest.name as packed', ({ name, dir, manifest }) => {
  const get = () => packed.get(name)!;

  it('passes publint with no error, warning or suggestion', () => {
    const { code, output } = get().publint;
    expect(output).toMatch(/All good!/);
    expect(output).not.toMatch(/Errors:|Warnings:|Suggestions:/);
    expect(code).toBe(0);
  });

  it('passes attw (are the types wrong?) for ESM consumers', () => {
    const { code, output } = get().attw;
    const { problems } = JSON.parse(output) as { problems: Record<string, { kind: string; entrypoint?: string; resolutionKind?: string }[]> };
    // What the esm-only profile ignores: a CommonJS `require` (ESM only: dynamic import) and
    // node10 resolution (no `exports` support). Everything else is a problem.
    const ignored = new Set(['node10', 'node16-cjs']);
    const found = Object.values(problems)
      .flat()
      .filter((problem) => !ignored.has(problem.resolutionKind ?? ''));
    expect(found).toEqual([]);
    expect(code, output).toBe(0);
  });

  it('ships the MIT license, the README and the package metadata', () => {
    const { files, root } = get();
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
    const license = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n/);
    expect(license).toContain(LICENSE_LINE);
    expect(manifest.license).toBe('MIT');
    expect(manifest.repository).toEqual({
      type: 'git',
      url: 'git+https://github.com/wanxiang-dev/wanxiang.git',
      directory: `packages/${name}`,
    });
    expect(manifest.homepage).toBe(`https://github.com/wanxiang-dev/wanxiang/tree/main/packages/${name}#readme`);
    expect(manifest.bugs).toBe('https://github.com/wanxiang-dev/wanxiang/issues');
    expect(manifest.publishConfig).toEqual({ access: 'public', provenance: true });
    expect(manifest.engines?.node).toMatch(/^>=\d+/);
    expect(manifest.scripts?.prepack, 'a prepack script builds dist, so npm pack never ships without it').toBeTruthy();
  });

  it('lists types first in every exports entry', () => {
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (typeof target === 'string') {
        expect(target.endsWith('.json') || target.includes('*'), `${subpath} has no types condition`).toBe(true);
        continue;
      }
      expect(Object.keys(target as object)[0], subpath).toBe('types');
    }
  });

  it('ships no tests, build info or local configuration', () => {
    const offenders = get().files.filter((file) => /(^|\/)test\/|\.tsbuildinfo$|^tsconfig|\.test(-d)?\.ts$|^\.|\/\./.test(file));
    expect(offenders).toEqual([]);
  });

  it('ships source maps whose sources resolve to files inside the package', () => {
    const { root, files } = get();
    const shipped = new Set(files);
    const outside: string[] = [];
    for (const map of files.filter((file) => file.endsWith('.map'))) {
      const { sources, sourceRoot = '' } = JSON.parse(readFileSync(join(root, map), 'utf8')) as { sources: string[]; sourceRoot?: string };
      for (const source of sources) {
        const path = relative(root, resolve(dirname(join(root, map)), sourceRoot, source))
          .split(sep)
          .join('/');
        if (path.startsWith('..') || !shipped.has(path)) outside.push(`${map} → ${source}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('ships no stale build output: every compiled file has its source', () => {
    const dist = join(dir, 'dist');
    const stale = walk(dist)
      .map((file) => relative(dist, file).split(sep).join('/'))
      .filter((file) => /\.(js|d\.ts)$/.test(file) && !file.startsWith('wanxiang.browser.'))
      .filter((file) => !existsSync(join(dir, 'src', file.replace(/(\.d\.ts|\.js)$/, '.ts'))));
    expect(stale).toEqual([]);
  });
});

describe('@wanxiang/core as packed', () => {
  const get = () => packed.get('core')!;

  it('ships the browser bundles without source maps, the IIFE with its declaration', () => {
    const bundles = get().files.filter((file) => file.startsWith('dist/wanxiang.browser'));
    expect(bundles).toEqual(['dist/wanxiang.browser.iife.d.ts', 'dist/wanxiang.browser.iife.js', 'dist/wanxiang.browser.js']);
  });

  // Issue 14 took it from 257 KB (src/ and every map shipped) to 130 KB: no maps and no src/
  // (the .d.ts carry the TSDoc, dist/*.js the code without comments), with the generated output
  // interfaces (dist/types) added. The target is 100 KB; the two browser bundles (~21 KB gz
  // each), the declarations (~40 KB) and the modules (~30 KB) are what is left.
  // 131 KB once the generated interfaces extended shared bases (JobFields, …) instead of repeating them.
  it('ships code, declarations and bundles only, within its tarball budget (132 KB; target 100 KB)', () => {
    const { files, size } = get();
    expect(files.filter((file) => !/^dist\/.+\.(js|d\.ts)$/.test(file))).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json']);
    expect(size).toBeLessThanOrEqual(132 * 1000);
  });

  it('ships its modules without comments, each headed by @ts-self-types', () => {
    const { root, files } = get();
    const modules = files.filter((file) => file.endsWith('.js') && !file.startsWith('dist/wanxiang.browser'));
    expect(modules.length).toBeGreaterThan(50);
    for (const file of modules) {
      const [header, ...code] = readFileSync(join(root, file), 'utf8').split('\n');
      expect(header, file).toBe(`// @ts-self-types="./${file.replace(/^.*\//, '').replace(/\.js$/, '.d.ts')}"`);
      expect(code.join('\n'), file).not.toMatch(/^\s*(\/\/|\/\*)/m);
    }
  });

  it('heads the ES bundle with @ts-self-types (Deno) and both bundles with the license notice', () => {
    const esm = readFileSync(join(get().root, 'dist/wanxiang.browser.js'), 'utf8');
    const iife = readFileSync(join(get().root, 'dist/wanxiang.browser.iife.js'), 'utf8');
    expect(esm.split('\n')[0]).toBe('// @ts-self-types="./index.d.ts"');
    expect(existsSync(join(get().root, 'dist/index.d.ts'))).toBe(true);
    for (const bundle of [esm, iife]) expect(bundle).toMatch(/\/\*! @wanxiang\/core [\d.]+ \| MIT License \| includes valibot \(MIT License/);
    expect(esm).not.toMatch(/sourceMappingURL/);
    expect(iife).not.toMatch(/sourceMappingURL/);
  });

  it('is typed in Deno from the ES bundle alone (deno check of a module importing it by URL)', async () => {
    // As from a CDN: no package.json, only @ts-self-types, followed through every declaration
    // file, and no import map: the main entry's declarations name no valibot type, so nothing
    // is left for a Deno project to map (and the check needs no network).
    const dir = join(work, 'deno');
    mkdirSync(dir, { recursive: true });
    const bundle = pathToFileURL(join(get().root, 'dist/wanxiang.browser.js')).href;
    writeFileSync(join(dir, 'deno.json'), JSON.stringify({ lock: false, nodeModulesDir: 'none' }));
    writeFileSync(
      join(dir, 'main.ts'),
      `import { parseCallback, type CallbackEvent, type TranscodeJob } from '${bundle}';
const event: CallbackEvent = parseCallback('<Response/>');
if (event.EventName === 'TaskFinish') for (const job of event.JobsDetail) if (job.Tag === 'Transcode') { const typed: TranscodeJob = job; console.log(typed.JobId); }
// @ts-expect-error an event is not a number (unused if the bundle were untyped)
const wrong: number = parseCallback('<Response/>');
console.log(wrong);
`,
    );
    const { code, output } = await exec(bin('deno'), ['check', '--quiet', 'main.ts'], dir);
    expect(output).toBe('');
    expect(code).toBe(0);
  }, 120_000);
});

// The minimum TypeScript version the READMEs state (5.7: the receiver's declarations use
// `Uint8Array<ArrayBuffer>`), checked the way a user meets it: a strict project that does not
// skip lib checks, with the packed packages in its node_modules, under both module resolutions
// a modern project uses, compiled by TypeScript 5.7 (test/typescript-min, a workspace of its own) and the current one.
describe('a strict TypeScript consumer of the packed packages', () => {
  const compilers = [
    ['5.7', join(repoRoot, 'test/typescript-min/node_modules/typescript/bin/tsc')],
    ['current', join(repoRoot, 'node_modules/typescript/bin/tsc')],
  ] as const;
  const projects = ['bundler', 'node16', 'script'] as const;
  let consumer: string;
  const results = new Map<string, Promise<{ code: number; output: string }>>();

  const modules = `
import { parseCallback, safeParseCallback, isCallbackError, type CallbackEvent, type JobDetail, type JobMap } from '@wanxiang/core';
import * as browser from '@wanxiang/core/browser';
import '@wanxiang/core/iife';
import { TranscodeJob, jobSchemas } from '@wanxiang/core/schemas';
import * as v from 'valibot';
import { createReceiver, type Archive, type Delivery, type Forwarder } from '@wanxiang/receiver';
import { createNodeHandler, type NodeHandler } from '@wanxiang/receiver/node';
import { createServer } from 'node:http';

export function durations(event: CallbackEvent): (number | undefined)[] {
  if (event.EventName !== 'TaskFinish') return [];
  return event.JobsDetail.map((job: JobDetail) => (job.Tag === 'Transcode' ? job.Operation?.MediaInfo?.Format?.Duration : undefined));
}
export const parsed = durations(parseCallback(new Uint8Array(), { contentType: 'application/xml' }));
const result = safeParseCallback('<Response/>');
export const code: string | undefined = result.success ? undefined : result.error.code;
export const same: typeof parseCallback = browser.parseCallback;
export const fromGlobal: CallbackEvent = Wanxiang.parseCallback('<Response/>');
export const fromGlobalThis: boolean = globalThis.Wanxiang.isCallbackError(new Error());
export const guard: (error: unknown) => boolean = isCallbackError;
export const jobs = v.array(TranscodeJob);
// Inferred, not annotated: emitting their declarations names TranscodeOperation and
// DigitalWatermarkResult, which the package must export (else TS2742).
export const operationOf = (job: JobMap['Transcode']) => job.Operation;
export const watermarkOf = (job: JobMap['Transcode']) => job.Operation?.DigitalWatermark;
export const sameSchema: boolean = jobSchemas.Transcode === TranscodeJob;
export const firstDuration: number | undefined = v.parse(jobs, [])[0]?.Operation?.MediaInfo?.Format?.Duration;

const sent: Delivery[] = [];
const forwarder: Forwarder = { send: async (delivery) => void sent.push(delivery) };
const archive: Archive = { put: (entry) => Promise.resolve(entry.raw.byteLength) };
const receiver = createReceiver({ tokens: ['consumer-token-0123456789'], forwarder, archive });
receiver.on('Transcode', (job) => job.Operation?.MediaInfo?.Format?.Duration);
export const answer: Promise<Response> = receiver.fetch(new Request('http://localhost/ci/x', { method: 'POST', body: '<Response/>' }));
export const handler: NodeHandler = createNodeHandler(receiver);
createServer(handler);
`;
  // A page that loads the IIFE from a CDN and writes no import at all.
  const script = `/// <reference types="@wanxiang/core/iife" />
const callback = Wanxiang.parseCallback('<Response/>');
if (callback.EventName === 'TaskFinish') console.log(callback.JobsDetail[0]?.JobId);
`;

  beforeAll(() => {
    consumer = join(work, 'consumer');
    const modulesDir = join(consumer, 'node_modules');
    mkdirSync(join(modulesDir, '@wanxiang'), { recursive: true });
    mkdirSync(join(modulesDir, '@types'), { recursive: true });
    for (const name of ['core', 'receiver', 'fixtures']) {
      const pack = packed.get(name);
      // Copied, not linked: TypeScript resolves a link to its target, whose parents have no node_modules.
      if (pack) cpSync(pack.root, join(modulesDir, '@wanxiang', name), { recursive: true });
    }
    // The packages' own dependencies, and Node's types for node:http, as npm would install them.
    for (const name of ['valibot', 'srvx', '@types/node', 'undici-types']) {
      symlinkSync(realpathSync(join(repoRoot, 'node_modules', name)), join(modulesDir, name), 'dir');
    }
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const fixtures = packed.has('fixtures') ? `import * as fixtures from '@wanxiang/fixtures';\nexport const all: object = fixtures;\n` : '';
    writeFileSync(join(consumer, 'consumer.ts'), modules + fixtures);
    writeFileSync(join(consumer, 'page.ts'), script);
    const base = { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true };
    const emitsDeclarations = (project: string) => ({ noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: `declarations-${project}` });
    const configs = {
      // The module projects emit declarations (only those), as a library built on the packages would.
      bundler: { compilerOptions: { ...base, ...emitsDeclarations('bundler'), module: 'ESNext', moduleResolution: 'Bundler', types: ['node'] }, files: ['consumer.ts'] },
      node16: { compilerOptions: { ...base, ...emitsDeclarations('node16'), module: 'Node16', moduleResolution: 'Node16', types: ['node'] }, files: ['consumer.ts'] },
      script: { compilerOptions: { ...base, module: 'ESNext', moduleResolution: 'Bundler', types: [] }, files: ['page.ts'] },
    };
    for (const [project, config] of Object.entries(configs)) writeFileSync(join(consumer, `tsconfig.${project}.json`), JSON.stringify(config));
    // All six compilations at once: each takes seconds (the event types are large).
    for (const [version, tsc] of compilers) for (const project of projects) results.set(`${version} ${project}`, exec(process.execPath, [tsc, '-p', `tsconfig.${project}.json`], consumer));
  });

  it.each(compilers.flatMap(([version]) => projects.map((project) => [version, project] as const)))(
    'compiles with TypeScript %s, %s',
    async (version, project) => {
      if (version === '5.7') {
        const { output } = await exec(process.execPath, [compilers[0][1], '--version'], repoRoot);
        expect(output).toMatch(/^Version 5\.7\./);
      }
      const { code, output } = await results.get(`${version} ${project}`)!;
      expect(output).toBe('');
      expect(code).toBe(0);
    },
    120_000,
  );
});
