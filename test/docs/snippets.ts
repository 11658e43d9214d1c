// Finds the code snippets of the Markdown files and classifies them (the convention is described
// at the top of test/docs.test.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CONTEXTS = ['node', 'worker', 'deno', 'bun', 'browser'] as const;
export type Context = (typeof CONTEXTS)[number];
export type Mode = 'run' | 'check';

/** Free names a snippet may use (declared in the snippet, or `given=` in its marker), and their types. */
export const GIVEN_TYPES: Record<string, string> = {
  /** A POST `Request` carrying a real Transcode callback body from the corpus (XML). */
  request: 'Request',
  /** That body as text. */
  body: 'string',
  /** The same text, under the name some snippets use. */
  text: 'string',
};

/** What each context does when the marker names no mode. */
export const DEFAULT_MODE: Record<Context, Mode> = { node: 'run', browser: 'run', worker: 'run', deno: 'check', bun: 'check' };
/** The contexts in which a snippet can be run. */
const RUNNABLE = new Set<Context>(['node', 'browser', 'worker']);

const TS_LANGS: Record<string, string> = { ts: '.ts', typescript: '.ts', mts: '.mts', cts: '.cts', tsx: '.tsx' };
const JS_LANGS: Record<string, string> = { js: '.js', javascript: '.js', mjs: '.mjs', cjs: '.cjs', jsx: '.jsx' };
/** Fence languages that hold no code to test. Anything not listed here, in TS_LANGS/JS_LANGS or `html` fails. */
export const NOT_CODE = new Set(['sh', 'bash', 'shell', 'console', 'text', 'txt', 'plain', 'xml', 'json', 'jsonc', 'json5', 'http', 'diff', 'toml', 'yaml', 'yml', 'ini', 'csv', 'md', 'markdown']);

/** One piece of code to compile: a fenced block's content, or one inline `<script>` of an HTML block. */
export interface Part {
  /** `module`: an ES module (every TS/JS fence, `<script type="module">`); `classic`: a classic `<script>`. */
  kind: 'module' | 'classic';
  /** File extension the code is written with. */
  ext: string;
  code: string;
  /** The Markdown line of the code's first line (1-based). */
  line: number;
}

export interface Snippet {
  /** Repository-relative path of the Markdown file. */
  file: string;
  /** Line of the opening fence (1-based). */
  line: number;
  lang: string;
  context?: Context;
  mode: Mode;
  given: string[];
  /** Why the snippet cannot be tested as it stands: the test fails with this. */
  problem?: string;
  parts: Part[];
  /** `<script src>` URLs of an HTML block, each with the index of the part it comes before. */
  scriptSources: { src: string; before: number }[];
  /** A name usable in file names: `README.md-L37`. */
  id: string;
}

/** The Markdown files whose snippets are tested: the root README, every package's and example's, the benchmark's. */
export function markdownFiles(repoRoot: string): string[] {
  const files = ['README.md'];
  for (const dir of ['packages', 'examples']) {
    for (const entry of readdirSync(join(repoRoot, dir), { withFileTypes: true })) {
      if (entry.isDirectory() && existsSync(join(repoRoot, dir, entry.name, 'README.md'))) files.push(`${dir}/${entry.name}/README.md`);
    }
  }
  if (existsSync(join(repoRoot, 'bench/README.md'))) files.push('bench/README.md');
  return files.sort((a, b) => (a === 'README.md' ? -1 : b === 'README.md' ? 1 : a.localeCompare(b)));
}

interface Fence {
  line: number;
  info: string;
  /** Line of the first content line. */
  contentLine: number;
  content: string;
  /** The marker comment just before the fence (`<!-- snippet: … -->`), if any. */
  marker?: string;
}

/** Every fenced code block of a CommonMark document (backtick and tilde fences, indented under list items too). */
export function fences(markdown: string): Fence[] {
  const lines = markdown.split('\n');
  const out: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3}|\s*)(`{3,}|~{3,})(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open as unknown as [string, string, string, string];
    if (fence[0] === '`' && info.includes('`')) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(lines[j]!);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break;
      const line = lines[j]!;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    let k = i - 1;
    while (k >= 0 && lines[k]!.trim() === '') k--;
    const marker = k >= 0 ? /^\s*<!--\s*snippet:(.*?)-->\s*$/.exec(lines[k]!)?.[1] : undefined;
    out.push({ line: i + 1, info: info.trim(), contentLine: i + 2, content: body.join('\n'), ...(marker !== undefined ? { marker: marker.trim() } : {}) });
    i = j;
  }
  return out;
}

/** The snippets of one Markdown file (fences of non-code languages are left out). */
export function snippetsOf(file: string, markdown: string): Snippet[] {
  const out: Snippet[] = [];
  for (const fence of fences(markdown)) {
    const [lang = '', ...words] = fence.info.split(/\s+/).filter(Boolean);
    const lower = lang.toLowerCase();
    if (NOT_CODE.has(lower)) continue;
    const snippet: Snippet = { file, line: fence.line, lang, mode: 'check', given: [], parts: [], scriptSources: [], id: `${file.replace(/[^A-Za-z0-9.]+/g, '_')}-L${fence.line}` };
    out.push(snippet);
    if (lang === '') {
      snippet.problem = 'a code fence without a language: name one (```ts node, ```sh, ```text …) so the docs test knows whether it is code';
      continue;
    }
    if (TS_LANGS[lower] || JS_LANGS[lower]) {
      snippet.parts.push({ kind: 'module', ext: TS_LANGS[lower] ?? JS_LANGS[lower]!, code: fence.content, line: fence.contentLine });
    } else if (lower === 'html') {
      htmlScripts(fence, snippet);
    } else {
      snippet.problem = `the docs test cannot classify a \`\`\`${lang} fence: add its language to NOT_CODE in test/docs/snippets.ts if it holds no JavaScript, or write it as ts/js`;
      continue;
    }
    classify(snippet, [...words, ...(fence.marker ? fence.marker.split(/\s+/).filter(Boolean) : [])]);
  }
  return out;
}

function classify(snippet: Snippet, words: string[]): void {
  let mode: Mode | undefined;
  const problems: string[] = [];
  for (const word of words) {
    if ((CONTEXTS as readonly string[]).includes(word)) {
      if (snippet.context && snippet.context !== word) problems.push(`two contexts (${snippet.context}, ${word})`);
      snippet.context = word as Context;
    } else if (word === 'run' || word === 'check') mode = word;
    else if (word.startsWith('given=')) {
      for (const name of word.slice('given='.length).split(',').filter(Boolean)) {
        if (!(name in GIVEN_TYPES)) problems.push(`given=${name}: the harness knows no value for \`${name}\` (it knows ${Object.keys(GIVEN_TYPES).join(', ')})`);
        else snippet.given.push(name);
      }
    } else problems.push(`unknown marker word \`${word}\``);
  }
  if (!snippet.context) {
    problems.push(`no context: write the fence as \`\`\`${snippet.lang} <${CONTEXTS.join('|')}> [run|check] (or put <!-- snippet: <context> … --> on the line before it)`);
  } else {
    snippet.mode = mode ?? DEFAULT_MODE[snippet.context];
    if (snippet.mode === 'run' && !RUNNABLE.has(snippet.context)) problems.push(`${snippet.context} snippets are type-checked only; drop \`run\``);
  }
  if (snippet.parts.length === 0 && snippet.lang.toLowerCase() === 'html') problems.push('an html block with no inline script: nothing to test (write it as ```text if it is not code)');
  if (problems.length) snippet.problem = problems.join('; ');
}

/** Inline scripts of an HTML block; `<script src>` URLs are kept for the run. */
function htmlScripts(fence: Fence, snippet: Snippet): void {
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  for (const m of fence.content.matchAll(re)) {
    const attributes = m[1]!;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    if (src) {
      snippet.scriptSources.push({ src, before: snippet.parts.length });
      continue;
    }
    const start = m.index + m[0].indexOf('>') + 1;
    const line = fence.contentLine + (fence.content.slice(0, start).match(/\n/g)?.length ?? 0);
    snippet.parts.push({ kind: type === 'module' ? 'module' : 'classic', ext: '.js', code: m[2]!, line });
  }
}

/** Every snippet of every tested Markdown file. */
export function allSnippets(repoRoot: string): Snippet[] {
  return markdownFiles(repoRoot).flatMap((file) => snippetsOf(file, readFileSync(join(repoRoot, file), 'utf8')));
}
