// Runs snippets: Node and browser snippets in a fresh Node process against the built packages
// (a browser snippet's CDN URLs of the core become the package's own dist files), Worker
// snippets in workerd (Miniflare), each given a real callback body from the corpus.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { build, type Loader, transform } from 'esbuild';
import { Miniflare } from 'miniflare';
import { workerBundleOptions } from '../../scripts/worker-bundle.mjs';
import { GIVEN_TYPES, type Part, type Snippet } from './snippets.js';
import { CDN_PREFIXES, declaredNames, repoRoot, workDir } from './typecheck.js';

const TOKEN = 'tok-0123456789abcdef';
const RUN_TIMEOUT_MS = 20_000;

/** A corpus body from @wanxiang/fixtures' copy in this repository (a clone needs nothing beside it). */
function corpusFile(file: string): string {
  const path = join(repoRoot, 'packages/fixtures/corpus', file);
  if (!existsSync(path)) throw new Error(`corpus body ${file} not found in packages/fixtures/corpus`);
  return path;
}
/** What `request`/`body`/`text` carry in Node and browser snippets: a Transcode callback with media info (Duration 13). */
export const NODE_BODY = 'task/Transcode/transcode-workflow-triggered.xml';
/** What a Worker snippet is posted: a Transcode callback from examplebucket-1250000000, the bucket the README's allow-list names. */
export const WORKER_BODY = 'task/Transcode/legacy-task-callback-example.xml';

/** The package file a CDN URL of the core names (`…/@wanxiang/core@0.1.0/dist/x.js` → node_modules/@wanxiang/core/dist/x.js). */
function cdnFile(url: string, kind: 'module' | 'classic'): string | undefined {
  const prefix = CDN_PREFIXES.find((p) => url.startsWith(p));
  if (!prefix) return undefined;
  const rest = url.slice(prefix.length).replace(/^@[^/]+/, '');
  const pkgDir = join(repoRoot, 'node_modules/@wanxiang/core');
  if (rest === '' || rest === '/') {
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    return join(pkgDir, kind === 'classic' ? pkg.unpkg : 'dist/wanxiang.browser.js');
  }
  return join(pkgDir, rest);
}

const pad = (part: Part) => '\n'.repeat(part.line - 1);
const markdownPath = (snippet: Snippet) => join(repoRoot, snippet.file);

/**
 * Runs a Node or browser snippet; resolves to a failure message, or undefined when it ran
 * cleanly: exit code 0, no uncaught error or unhandled rejection, nothing on stderr, within
 * the time limit. Stack traces point at Markdown lines (the code is padded to its line there).
 */
export async function runInNode(snippet: Snippet): Promise<string | undefined> {
  const dir = join(workDir, 'run');
  mkdirSync(dir, { recursive: true });
  const given = new Set(snippet.given);
  for (const part of snippet.parts) {
    for (const name of declaredNames(part.code)) {
      if (!(name in GIVEN_TYPES)) return `declares \`${name}\`, which the docs harness has no value for (it gives ${Object.keys(GIVEN_TYPES).join(', ')}): mark the snippet \`check\` or define it`;
      given.add(name);
    }
  }
  const classic: { file: string }[] = [];
  const modules: { file: string }[] = [];
  const sources = [...snippet.scriptSources];
  for (const [index, part] of snippet.parts.entries()) {
    while (sources[0] && sources[0].before <= index) {
      const { src } = sources.shift()!;
      const file = cdnFile(src, 'classic');
      if (!file) return `cannot run <script src="${src}">: only the core's CDN URLs (${CDN_PREFIXES.join(', ')}) are known; mark the snippet \`check\``;
      classic.push({ file });
    }
    let code = part.code;
    if (snippet.context === 'browser') {
      code = code.replace(/(['"])(https:\/\/[^'"]+)\1/g, (all, quote: string, url: string) => {
        const file = cdnFile(url, 'module');
        return file ? `${quote}${pathToFileURL(file).href}${quote}` : all;
      });
      const remote = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](https?:\/\/[^'"]+)['"]/.exec(code);
      if (remote) return `cannot run an import of ${remote[1]}: only the core's CDN URLs are known; mark the snippet \`check\``;
    }
    const file = join(dir, `${snippet.id}-${index}.${part.kind === 'classic' ? 'js' : 'mjs'}`);
    if (part.kind === 'classic') {
      writeFileSync(file, `${pad(part)}${code}\n//# sourceURL=${pathToFileURL(markdownPath(snippet)).href}\n`);
      classic.push({ file });
    } else {
      const loader = part.ext.replace('.', '').replace(/^[mc]/, '') as Loader;
      const result = await transform(pad(part) + code, { loader, format: 'esm', target: 'esnext', sourcemap: 'inline', sourcefile: markdownPath(snippet) });
      writeFileSync(file, result.code);
      modules.push({ file });
    }
  }
  for (const { src } of sources) {
    const file = cdnFile(src, 'classic');
    if (!file) return `cannot run <script src="${src}">; mark the snippet \`check\``;
    classic.push({ file });
  }
  const spec = join(dir, `${snippet.id}.json`);
  const body = { file: corpusFile(NODE_BODY), contentType: 'application/xml', url: `https://hooks.example.com/ci/${TOKEN}` };
  writeFileSync(spec, JSON.stringify({ given: [...given], body, steps: [...classic.map((s) => ({ kind: 'classic', ...s })), ...modules.map((s) => ({ kind: 'module', ...s }))] }));

  const { code, signal, stdout, stderr, timedOut } = await new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string; timedOut: boolean }>((done) => {
    const child = spawn(process.execPath, ['--enable-source-maps', join(repoRoot, 'test/docs/runner.mjs'), spec], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, RUN_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, timedOut });
    });
  });
  const output = `${stderr.trim() ? `\nstderr:\n${stderr.trim()}` : ''}${stdout.trim() ? `\nstdout:\n${stdout.trim()}` : ''}`;
  if (timedOut) return `did not finish within ${RUN_TIMEOUT_MS / 1000} s (a snippet that starts a server should be marked \`check\`)${output}`;
  if (code !== 0) return `exited with ${code ?? signal}${output}`;
  if (stderr.trim()) return `wrote to stderr (a snippet that runs must not; its error branch, a warning?)${output}`;
  return undefined;
}

/** The bindings a Worker snippet's `interface Env` names: text (a token), Queue producers, R2 buckets, KV namespaces. */
function workerBindings(code: string): { bindings: Record<string, string>; queueProducers: Record<string, { queueName: string }>; r2Buckets: string[]; kvNamespaces: string[] } | string {
  const out = { bindings: {} as Record<string, string>, queueProducers: {} as Record<string, { queueName: string }>, r2Buckets: [] as string[], kvNamespaces: [] as string[] };
  for (const m of code.matchAll(/\binterface\s+Env\b[^{]*\{([^}]*)\}/g)) {
    for (const member of m[1]!.matchAll(/([A-Za-z_$][\w$]*)\??\s*:\s*([^;,\n]+)/g)) {
      const [name, type] = [member[1]!, member[2]!.trim()];
      if (type === 'string') out.bindings[name] = TOKEN;
      else if (/^Queue\b/.test(type)) out.queueProducers[name] = { queueName: name.toLowerCase() };
      else if (/^R2Bucket\b/.test(type)) out.r2Buckets.push(name);
      else if (/^KVNamespace\b/.test(type)) out.kvNamespaces.push(name);
      else return `binding ${name}: ${type} is not one the docs harness can provide (string, Queue, R2Bucket, KVNamespace); mark the snippet \`check\``;
    }
  }
  return out;
}

/**
 * Runs a Worker snippet in workerd: bundled from the built packages as wrangler would, given the
 * bindings its `Env` declares, posted a real callback at /ci/<token>. It must answer 200, and no
 * uncaught error may reach the runtime.
 */
export async function runInWorkerd(snippet: Snippet): Promise<string | undefined> {
  if (snippet.parts.length !== 1) return 'a Worker snippet is one module';
  const part = snippet.parts[0]!;
  const declared = declaredNames(part.code);
  if (declared.length) return `declares ${declared.join(', ')}: a Worker gets its bindings from \`import { env } from 'cloudflare:workers'\`; mark the snippet \`check\` or use env`;
  const bindings = workerBindings(part.code);
  if (typeof bindings === 'string') return bindings;
  let bundled: string;
  try {
    const result = await build(
      workerBundleOptions({
        stdin: { contents: pad(part) + part.code, loader: part.ext.includes('j') ? 'js' : 'ts', resolveDir: repoRoot, sourcefile: markdownPath(snippet) },
        external: ['node:*'],
        logLevel: 'silent',
      }),
    );
    bundled = result.outputFiles[0]!.text;
  } catch (error) {
    return `esbuild could not bundle it: ${(error as Error).message}`;
  }
  const wrangler = readFileSync(join(repoRoot, 'examples/cloudflare-worker/wrangler.jsonc'), 'utf8');
  const compatibilityDate = /"compatibility_date"\s*:\s*"([^"]+)"/.exec(wrangler)?.[1] ?? '2025-06-01';
  const logs: string[] = [];
  const mf = new Miniflare({
    modules: [{ type: 'ESModule', path: join(workDir, `${snippet.id}.mjs`), contents: bundled }],
    compatibilityDate,
    ...bindings,
    handleRuntimeStdio: (stdout: Readable, stderr: Readable) => {
      for (const stream of [stdout, stderr]) {
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => logs.push(...chunk.split('\n').filter((line) => line !== '')));
      }
    },
  });
  try {
    const url = await mf.ready;
    const response = await mf.dispatchFetch(new URL(`/ci/${TOKEN}`, url), {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: readFileSync(corpusFile(WORKER_BODY)),
    });
    const text = await response.text();
    // Give handlers in ctx.waitUntil a moment to log before the runtime goes.
    await new Promise((r) => setTimeout(r, 100));
    const failed = logs.filter((line) => /Uncaught|\bError\b|HANDLER_FAILED|ARCHIVE_FAILED/.test(line));
    if (response.status !== 200) return `answered ${response.status} ${text} to ${WORKER_BODY} posted at /ci/<token>\n${logs.join('\n')}`;
    if (failed.length) return `logged errors:\n${logs.join('\n')}`;
    return undefined;
  } catch (error) {
    return `workerd: ${(error as Error).message}\n${logs.join('\n')}`;
  } finally {
    await mf.dispose();
  }
}
