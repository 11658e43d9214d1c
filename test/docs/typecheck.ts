// Type-checks snippets strictly against the built packages: one TypeScript program per context
// (a snippet that declares globals or is given free names gets a program of its own, so nothing
// leaks between snippets), one `deno check` for every Deno snippet. @wanxiang/* resolve through
// node_modules to packages/*/dist/*.d.ts, as in a user's project: no path aliases.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { type Context, GIVEN_TYPES, type Part, type Snippet } from './snippets.js';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Generated files (gitignored): the snippets as files, their compiled forms, run specs; one folder per test process. */
export const workDir = join(repoRoot, 'test-results/docs-snippets', String(process.pid));
export const denoBin = join(repoRoot, 'node_modules/.bin/deno');

/** Base URLs under which the docs load the core from a CDN; they are the package's own files. */
export const CDN_PREFIXES = ['https://unpkg.com/@wanxiang/core', 'https://cdn.jsdelivr.net/npm/@wanxiang/core'];

/** @cloudflare/workers-types: the Worker example's copy, else the root's. */
export function workersTypes(): string | undefined {
  return ['examples/cloudflare-worker/node_modules/@cloudflare/workers-types/index.d.ts', 'node_modules/@cloudflare/workers-types/index.d.ts']
    .map((path) => join(repoRoot, path))
    .find((path) => existsSync(path));
}

const STRICT: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  noFallthroughCasesInSwitch: true,
  noEmit: true,
  skipLibCheck: true,
  allowJs: true,
  checkJs: true,
  resolveJsonModule: true,
  target: ts.ScriptTarget.ES2022,
  forceConsistentCasingInFileNames: true,
  jsx: ts.JsxEmit.ReactJSX,
  typeRoots: [join(repoRoot, 'node_modules/@types')],
};

/** What a user's project for each runtime would say. */
function optionsFor(context: Exclude<Context, 'deno'>): ts.CompilerOptions {
  switch (context) {
    case 'node':
      return { ...STRICT, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, lib: ['lib.es2023.d.ts'], types: ['node'] };
    case 'bun':
      return { ...STRICT, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.esnext.d.ts'], types: ['bun'] };
    case 'worker':
      return { ...STRICT, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts'], types: [] };
    case 'browser': {
      // A CDN URL of the core is typed by the package's declarations (`./browser` points there too).
      const paths = Object.fromEntries(CDN_PREFIXES.map((prefix) => [`${prefix}*`, [join(repoRoot, 'node_modules/@wanxiang/core/dist/index.d.ts')]]));
      return { ...STRICT, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'], types: [], paths };
    }
  }
}

const isJs = (part: Part) => part.ext.includes('j');

/** Names a part declares itself (`declare const request: Request;`). */
export function declaredNames(code: string): string[] {
  return [...code.matchAll(/^declare\s+(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!);
}

/**
 * A compiler host that parses each library file (lib.*.d.ts, @types, workers-types, the
 * packages' declarations) once for all the programs, as a language service's document registry
 * does; the snippets themselves are read fresh.
 */
const parsed = new Map<string, ts.SourceFile>();
function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile) => {
    if (resolve(fileName).startsWith(workDir)) return read(fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile);
    const format = typeof languageVersionOrOptions === 'object' ? `${languageVersionOrOptions.languageVersion}/${languageVersionOrOptions.impliedNodeFormat}` : String(languageVersionOrOptions);
    const key = `${format} ${fileName}`;
    let file = parsed.get(key);
    if (!file) {
      file = read(fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile);
      if (file) parsed.set(key, file);
    }
    return file;
  };
  return host;
}

interface Written {
  snippet: Snippet;
  part: Part;
  path: string;
}

/** A part as a file: its code verbatim (so file line n is Markdown line part.line + n − 1), then what isolates it. */
function writePart(dir: string, snippet: Snippet, part: Part, index: number, extra = ''): string {
  const path = join(dir, `${snippet.id}-${index}${part.ext}`);
  const cjs = part.ext === '.cjs' || part.ext === '.cts';
  // `export {}` makes every part a module, so parts of one program never share top-level names.
  writeFileSync(path, `${part.code}\n${extra}${cjs ? '' : 'export {};\n'}`);
  return path;
}

/** Where a diagnostic at `line`/`col` (0-based) of a written part is in the Markdown. */
const locate = (w: Written, line: number, col: number) => `${w.snippet.file}:${w.part.line + line}:${col + 1}`;

/** Problems per snippet (empty when it type-checks), and problems of the set-up itself. */
export interface CheckResult {
  problems: Map<Snippet, string[]>;
  /** Every file of the node program, to prove @wanxiang/* came from dist/. */
  resolvedFiles: string[];
}

export function typecheck(snippets: Snippet[]): CheckResult {
  const problems = new Map<Snippet, string[]>(snippets.map((s) => [s, []]));
  const resolvedFiles: string[] = [];
  const dir = join(workDir, 'check');
  rmSync(dir, { recursive: true, force: true });

  const groups = new Map<string, { context: Context; snippets: Snippet[] }>();
  for (const snippet of snippets) {
    // Globals a snippet declares could satisfy another's use: such a snippet is checked alone.
    // Given names are declared in each TypeScript part; a JavaScript part (an HTML script) cannot
    // declare them, so they are globals, shared only by snippets given the same names.
    const isolated = snippet.parts.some((p) => /\bdeclare\s+global\b/.test(p.code));
    const jsGiven = snippet.parts.some((p) => isJs(p)) ? snippet.given : [];
    const key = isolated ? `${snippet.context}-${snippet.id}` : [snippet.context!, ...jsGiven].join('-');
    if (!groups.has(key)) groups.set(key, { context: snippet.context!, snippets: [] });
    groups.get(key)!.snippets.push(snippet);
  }

  const deno: Written[] = [];
  for (const [key, group] of groups) {
    const groupDir = join(dir, group.context === 'deno' ? 'deno' : key);
    mkdirSync(groupDir, { recursive: true });
    const written: Written[] = [];
    const roots: string[] = [];
    for (const snippet of group.snippets) {
      snippet.parts.forEach((part, index) => {
        const undeclared = snippet.given.filter((name) => !declaredNames(part.code).includes(name));
        const extra = isJs(part) ? '' : undeclared.map((name) => `declare const ${name}: ${GIVEN_TYPES[name]};\n`).join('');
        const path = writePart(groupDir, snippet, part, index, extra);
        written.push({ snippet, part, path });
      });
    }
    const jsGiven = [...new Set(group.snippets.filter((s) => s.parts.some(isJs)).flatMap((s) => s.given))];
    if (jsGiven.length > 0 && group.context !== 'deno') {
      const path = join(groupDir, 'given.d.ts');
      writeFileSync(path, jsGiven.map((name) => `declare var ${name}: ${GIVEN_TYPES[name]};\n`).join(''));
      roots.push(path);
    }
    if (group.context === 'deno') {
      deno.push(...written);
      continue;
    }
    roots.push(...written.map((w) => w.path));
    if (group.context === 'worker') {
      const types = workersTypes();
      if (!types) {
        for (const s of group.snippets) problems.get(s)!.push('@cloudflare/workers-types is not installed (examples/cloudflare-worker/node_modules or node_modules)');
        continue;
      }
      roots.push(types);
    }
    if (written.some((w) => w.part.kind === 'classic')) {
      // A classic script sees the global the IIFE build defines, typed by the package's own declaration when it ships one.
      const iife = join(repoRoot, 'node_modules/@wanxiang/core/dist/wanxiang.browser.iife.d.ts');
      if (existsSync(iife)) roots.push(iife);
      else {
        const path = join(groupDir, 'wanxiang-global.d.ts');
        writeFileSync(path, "declare var Wanxiang: typeof import('@wanxiang/core');\n");
        roots.push(path);
      }
    }
    const options = optionsFor(group.context);
    const program = ts.createProgram(roots, options, cachingHost(options));
    if (group.context === 'node') resolvedFiles.push(...program.getSourceFiles().map((f) => f.fileName));
    const byPath = new Map(written.map((w) => [resolve(w.path), w]));
    for (const d of ts.getPreEmitDiagnostics(program)) {
      const message = `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      const w = d.file && byPath.get(resolve(d.file.fileName));
      if (w && d.start !== undefined) {
        const { line, character } = d.file!.getLineAndCharacterOfPosition(d.start);
        problems.get(w.snippet)!.push(`${locate(w, line, character)} ${message}`);
      } else {
        const where = d.file ? `${relative(repoRoot, d.file.fileName)}: ` : '';
        for (const s of group.snippets) problems.get(s)!.push(`(${group.context} program) ${where}${message}`);
      }
    }
  }

  if (deno.length > 0) denoCheck(deno, join(dir, 'deno'), problems);
  return { problems, resolvedFiles };
}

/** One `deno check` over every Deno part, configured like examples/deno (node_modules as npm left it, sloppy imports). */
function denoCheck(written: Written[], dir: string, problems: Map<Snippet, string[]>): void {
  const all = (message: string) => {
    for (const w of written) problems.get(w.snippet)!.push(message);
  };
  if (!existsSync(denoBin)) {
    all(`${denoBin} not found (the npm package deno)`);
    return;
  }
  writeFileSync(join(dir, 'deno.json'), JSON.stringify({ nodeModulesDir: 'manual', lock: false, unstable: ['kv', 'sloppy-imports'] }, null, 2));
  const result = spawnSync(denoBin, ['check', '--config', 'deno.json', ...written.map((w) => relative(dir, w.path))], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
    timeout: 120_000,
  });
  if (result.status === 0) return;
  const output = `${result.stdout}\n${result.stderr}`;
  const byUrl = new Map(written.map((w) => [pathToFileURL(w.path).href, w]));
  let found = 0;
  const re = /(TS\d+) \[ERROR\]: ([\s\S]*?)\n\s+at (file:\/\/\S+?):(\d+):(\d+)/g;
  for (const m of output.matchAll(re)) {
    const w = byUrl.get(m[3]!);
    const message = `${m[1]}: ${m[2]!.split('\n')[0]}`;
    if (w) {
      problems.get(w.snippet)!.push(`${locate(w, Number(m[4]) - 1, Number(m[5]) - 1)} ${message} (deno check)`);
      found++;
    } else all(`deno check: ${message} at ${m[3]}:${m[4]}`);
  }
  if (found === 0) all(`deno check failed (exit ${result.status ?? result.signal}):\n${output.trim()}`);
}
