// The docs are tests: every code snippet of README.md, packages/*/README.md, examples/*/README.md
// and bench/README.md is type-checked strictly against the BUILT packages (@wanxiang/* resolve
// through node_modules to packages/*/dist/*.d.ts, as in a user's project) and run where it can
// run; and the figures the READMEs quote are the ones scripts/readme-figures.mjs would write.
//
// Convention (what a snippet's fence says; readers see only the language):
//
//   ```ts <context> [run|check] [given=name,…]
//   ```html browser …            each inline <script> is a snippet part (module or classic)
//
// or the same words in a comment on the line before the fence: <!-- snippet: <context> … -->.
//
//   context  node     @types/node, NodeNext resolution                      default: run in Node
//            browser  DOM lib; CDN URLs of the core are typed by the         default: run in Node, the
//                     package's declarations (classic scripts see the          CDN URLs mapped to the
//                     global `Wanxiang`)                                       package's dist files
//            worker   @cloudflare/workers-types (the example's copy)        default: run in workerd
//                                                                            (Miniflare), see below
//            deno     `deno check` with examples/deno's settings             check only
//                     (nodeModulesDir manual, sloppy imports)
//            bun      @types/bun                                             check only
//   run|check  `check` for a snippet that starts a server or needs what the harness cannot give.
//   given=   free names the harness declares and supplies (for HTML scripts, which cannot declare):
//            `request` (a POST Request carrying a real corpus callback), `body`/`text` (its text).
//
// A TypeScript snippet should be self-contained: its imports, and `declare const request:
// Request;` for what its reader has in hand. A declared name must be one the harness can give
// (request, body, text) or the snippet is `check`. A code fence without a context, of an unknown
// language, or without a language fails, so no new snippet slips through untested; languages
// that hold no code (sh, text, xml, json, http, …) are listed in test/docs/snippets.ts.
//
// A run passes when the snippet exits 0 with nothing on stderr (so an error branch that logs
// fails it) within 20 s. The body is packages/fixtures/corpus/task/Transcode/
// transcode-workflow-triggered.xml. A Worker snippet is bundled from the built packages, given
// the bindings its `interface Env` declares (string → a token, Queue, R2Bucket, KVNamespace),
// posted task/Transcode/legacy-task-callback-example.xml (from examplebucket-1250000000) at
// /ci/<token>, and must answer 200 without logging an error.
//
// Each snippet is one test, named after its file and fence line; a failure names the Markdown
// file and line of each problem. Generated files go to test-results/docs-snippets/<pid>/ (removed after).
import { spawnSync } from 'node:child_process';
import { realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInNode, runInWorkerd } from './docs/run.js';
import { allSnippets, type Snippet } from './docs/snippets.js';
import { type CheckResult, repoRoot, typecheck, workDir } from './docs/typecheck.js';

const snippets = allSnippets(repoRoot);
const testable = snippets.filter((s) => !s.problem);
const title = (s: Snippet) => `${s.file}:${s.line} \`\`\`${s.lang} ${s.context ?? '(no context)'} ${s.problem ? '' : s.mode}${s.given.length ? ` given=${s.given.join(',')}` : ''}`.trim();

let checked: CheckResult;
beforeAll(() => {
  checked = typecheck(testable);
}, 180_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('README snippets', () => {
  it('finds the snippets of every README', () => {
    expect(snippets.length).toBeGreaterThan(0);
    expect(new Set(snippets.map((s) => s.file))).toContain('README.md');
  });

  it('type-checks against the built declarations, not the sources', () => {
    if (!testable.some((s) => s.context === 'node')) return;
    const files = checked.resolvedFiles.map((f) => f.replaceAll('\\', '/'));
    const coreDist = realpathSync(join(repoRoot, 'node_modules/@wanxiang/core/dist/index.d.ts')).replaceAll('\\', '/');
    expect(files).toContain(coreDist);
    expect(files.filter((f) => /\/packages\/[^/]+\/src\//.test(f))).toEqual([]);
  });

  for (const snippet of snippets) {
    it(title(snippet), { timeout: 60_000 }, async () => {
      if (snippet.problem) throw new Error(`${snippet.file}:${snippet.line}: ${snippet.problem}`);
      const problems = checked.problems.get(snippet) ?? [];
      if (problems.length) throw new Error(`${snippet.file}:${snippet.line}: the snippet does not type-check:\n${problems.join('\n')}`);
      if (snippet.mode !== 'run') return;
      const failure = snippet.context === 'worker' ? await runInWorkerd(snippet) : await runInNode(snippet);
      if (failure) throw new Error(`${snippet.file}:${snippet.line}: the snippet ${snippet.context === 'worker' ? 'in workerd' : 'in Node'} ${failure}`);
    });
  }
});

describe('README figures', () => {
  it('match the build and bench/results.json (npm run docs:figures rewrites them)', { timeout: 60_000 }, () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/readme-figures.mjs'), '--check'], { cwd: repoRoot, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${result.stdout}${result.stderr}`.trim());
  });
});
