#!/usr/bin/env node
// The figures the READMEs quote are generated, never typed: each sits between
//   <!-- figures:NAME -->  and  <!-- /figures:NAME -->
// (on lines of their own for a block, or inline in a sentence), and this script rewrites what
// is between them from
//   - the build: packages/core/dist/wanxiang.browser.js and .iife.js, minified bytes and
//     `gzip -9` bytes (GNU gzip, `gzip -9 -n`, i.e. what `gzip -9 < file | wc -c` prints; not
//     node:zlib, whose output depends on the zlib Node was built with), valibot's share of the
//     core bundled and minified by esbuild, fast-xml-parser's XMLParser bundled the same way;
//   - the last benchmark run: bench/results.json, written by `npm run bench` beside results.md.
//
//   npm run docs:figures                       rewrite the blocks (after `npm run build`, or a benchmark run)
//   node scripts/readme-figures.mjs --check    exit 1 when a block differs from what would be written,
//                                              a block is missing, or a generated figure is also typed
//                                              by hand outside the blocks (test/docs.test.ts runs this)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildMin, gzip9 } from './bundle-size.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const coreDir = join(repoRoot, 'packages/core');
const KIB = 1024;
const BUNDLE_TARGET = 10 * KIB;

const bytes = (n) => `${n.toLocaleString('en-US')} B`;
const kib = (n) => `${(n / KIB).toFixed(1)} KiB`;
const range = (values, digits) => {
  const [lo, hi] = [Math.min(...values), Math.max(...values)].map((x) => `${x.toFixed(digits)}×`);
  return lo === hi ? lo : `${lo}–${hi}`;
};
const mark = (ok) => (ok ? '✓' : '✗');

// ---------------------------------------------------------------- measurements

async function buildFigures() {
  const version = JSON.parse(readFileSync(join(coreDir, 'package.json'), 'utf8')).version;
  const files = ['dist/wanxiang.browser.js', 'dist/wanxiang.browser.iife.js'].map((file) => {
    const path = join(coreDir, file);
    if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
    const data = readFileSync(path);
    const text = data.toString('utf8');
    return { file, min: data.length, gz: gzip9(data, path), mapLine: text.includes('//# sourceMappingURL='), map: existsSync(`${path}.map`) };
  });
  const core = await esbuildMin(`export * from '@wanxiang/core';`);
  const valibot = Object.entries(Object.values(core.metafile.outputs)[0].inputs)
    .filter(([input]) => input.includes('node_modules/valibot/'))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  // fast-xml-parser (what Tencent's Node SDK parses with), only XMLParser, bundled as bench/bundle.mjs does.
  const fxp = await esbuildMin(`export { XMLParser } from 'fast-xml-parser';`);
  return { version, esm: files[0], iife: files[1], valibot, fxpGz: gzip9(fxp.contents, 'fast-xml-parser') };
}

function benchFigures() {
  const path = join(repoRoot, 'bench/results.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: npm run bench writes it`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

// ---------------------------------------------------------------- blocks

const BLOCKS = {
  /** README.md: the two browser files. */
  'browser-bundles': ({ b }) =>
    [
      '| file | minified | `gzip -9` |',
      '| --- | --- | --- |',
      `| \`dist/wanxiang.browser.js\` (ESM) | ${bytes(b.esm.min)} | ${bytes(b.esm.gz)} |`,
      `| \`dist/wanxiang.browser.iife.js\` (IIFE) | ${bytes(b.iife.min)} | ${bytes(b.iife.gz)} |`,
    ].join('\n'),

  /** examples/browser/README.md: the same files, with what each is for. */
  'browser-bundles-detail': ({ b }) =>
    [
      '| file | for | minified | `gzip -9` |',
      '| --- | --- | --- | --- |',
      `| \`dist/wanxiang.browser.js\` | ES module (\`import\`) | ${bytes(b.esm.min)} | ${bytes(b.esm.gz)} |`,
      `| \`dist/wanxiang.browser.iife.js\` | classic \`<script src>\`, defines \`globalThis.Wanxiang\` | ${bytes(b.iife.min)} | ${bytes(b.iife.gz)} |`,
      '',
      `(Sizes of \`@wanxiang/core\` ${b.version}${b.esm.mapLine ? ', each with its `//# sourceMappingURL` line' : ''}${
        b.esm.map ? '; source maps sit next to them' : ''
      }; \`gzip -9\` as \`gzip -9 < file | wc -c\` counts.)`,
    ].join('\n'),

  /** README.md "Speed and size": the last benchmark run's targets, and the current build's size. */
  speed: ({ b, r }) => {
    const large = r.bodies.find((x) => x.large);
    const small = r.bodies.filter((x) => !x.large);
    const targets = (prefix) => {
      const found = r.targets.filter((t) => t.name.startsWith(prefix));
      // A renamed target, or results from before it existed, must not print as a ✓ over nothing.
      if (found.length === 0) throw new Error(`bench/results.json has no target "${prefix}…": run npm run bench`);
      return found;
    };
    const of = (list, subjects) => list.filter((t) => subjects.includes(t.subject));
    const ids = (list) => list.map((x) => x.id);
    const kb = (n) => `${Math.round(n / 1000)} KB`;
    const smallSizes = `${kb(Math.min(...small.map((x) => x.xmlBytes))).replace(' KB', '')}–${kb(Math.max(...small.map((x) => x.xmlBytes)))}`;
    const largeSize = `${(large.xmlBytes / 1e6).toFixed(1)} MB`;
    const vs = (prefix, digits) => {
      const all = targets(prefix);
      const [s, l] = [of(all, ids(small)), of(all, [large.id])];
      return [
        `${range(
          s.map((t) => t.value),
          digits,
        )} on ${smallSizes}, ${range(
          l.map((t) => t.value),
          digits,
        )} on ${largeSize}`,
        mark(all.every((t) => t.ok)),
      ];
    };
    const json = targets('parseCallback JSON');
    const linear = targets('linear: per-byte cost, large ÷ 9 KB, XML')[0];
    const linearMin = r.linear['parseCallback-xml'].minRatio;
    const linearLimit = Number(/[\d.]+/.exec(linear.limit)[0]);
    const memory = targets('peak extra memory')[0];
    const times = (id) => {
      const m = r.memory.find((x) => x.methodId === id);
      return m.peakHeap / m.bytes;
    };
    const tput = r.throughput.map((t) => `${t.ratio.toFixed(2)}× on ${kb(r.bodies.find((x) => x.id === t.body).xmlBytes)}`);
    const tputOk = targets('receiver req/s').every((t) => t.ok);
    const rows = [
      ["`parseCallback` XML ≤ 1.5× txml's raw `parse`", ...vs('parseCallback XML ≤ 1.5× txml', 2)],
      ["≥ 3× faster than fast-xml-parser (Tencent's Node SDK)", ...vs('parseCallback XML ≥ 3× faster than fast-xml-parser', 1)],
      [
        '`parseCallback` JSON ≤ 2× `JSON.parse`',
        range(
          json.map((t) => t.value),
          2,
        ),
        mark(json.every((t) => t.ok)),
      ],
      [
        `linear: the ${largeSize} body per byte ≤ 1.2× the ${kb(small.find((x) => x.id === 'sr-9k').xmlBytes)} one`,
        `${linear.value.toFixed(2)}× (${linearMin.toFixed(2)}× from the fastest rounds${linear.ok && linear.value >= 0.95 * linearLimit ? '; borderline on a busy machine' : ''})`,
        mark(linear.ok),
      ],
      [
        `peak extra memory for the ${largeSize} body < 10× its size`,
        `${memory.value.toFixed(1)}× (txml ${Math.round(times('txml'))}×, fast-xml-parser ${Math.round(times('fast-xml-parser'))}×)`,
        mark(memory.ok),
      ],
      ['receiver req/s ≥ 0.7× a bare Worker (workerd, 32 connections)', tput.join('; '), mark(tputOk)],
      ['browser ESM build ≤ 10 KiB min+gzip', `${kib(b.esm.gz)} (${bytes(b.esm.gz)}; fast-xml-parser alone: ${kib(b.fxpGz)})`, mark(b.esm.gz <= BUNDLE_TARGET)],
    ];
    const cpu = `${r.env.cores} ${r.env.cpu} cores`;
    return [
      `Last run (${r.env.date.slice(0, 10)}; ${cpu}, Node ${r.env.node.replace(/^v/, '')}), ratios from that one run; the bundle size is the current build's:`,
      '',
      '| target | measured | |',
      '| --- | --- | --- |',
      ...rows.map((row) => `| ${row.join(' | ')} |`),
    ].join('\n');
  },

  /** README.md, inline: valibot's part of the bundle. */
  'valibot-share': ({ b }) => `valibot (${(b.valibot / 1000).toFixed(1)} KB minified)`,
};

/** Which blocks each file must hold (it may hold others too). */
const REQUIRED = {
  'README.md': ['browser-bundles', 'speed', 'valibot-share'],
  'examples/browser/README.md': ['browser-bundles-detail'],
};

/** Every README the figures may appear in. */
function readmes() {
  const files = ['README.md'];
  for (const dir of ['packages', 'examples']) {
    for (const entry of readdirSync(join(repoRoot, dir), { withFileTypes: true })) {
      if (entry.isDirectory() && existsSync(join(repoRoot, dir, entry.name, 'README.md'))) files.push(`${dir}/${entry.name}/README.md`);
    }
  }
  if (existsSync(join(repoRoot, 'bench/README.md'))) files.push('bench/README.md');
  return files;
}

const BLOCK_RE = /<!-- figures:([\w-]+) -->([\s\S]*?)<!-- \/figures:\1 -->/g;

/** The figure strings a rendered block holds: byte counts, KiB sizes, ratios. */
const figureTokens = (text) => [...text.matchAll(/\b\d{1,3}(?:,\d{3})+ B\b|\b\d+\.\d+ KiB\b|\b\d+\.\d+×/g)].map((m) => m[0]);

/** Renders every file's blocks; returns what would change and what is wrong. */
export async function figures() {
  const b = await buildFigures();
  const r = benchFigures();

  const changes = [];
  const blocks = [];
  const problems = [];
  const generated = new Set();
  const outside = new Map();
  for (const file of readmes()) {
    const path = join(repoRoot, file);
    const before = readFileSync(path, 'utf8');
    const seen = new Set();
    const after = before.replace(BLOCK_RE, (all, name, content, offset) => {
      const render = BLOCKS[name];
      if (!render) {
        problems.push(`${file}: unknown figures block \`${name}\` (known: ${Object.keys(BLOCKS).join(', ')})`);
        return all;
      }
      seen.add(name);
      const text = render({ b, r });
      for (const token of figureTokens(text)) generated.add(token);
      const inline = !content.startsWith('\n');
      const fresh = inline ? text : `\n${text}\n`;
      if (fresh !== content) {
        const line = before.slice(0, offset).split('\n').length;
        blocks.push(`${file}:${line}: figures:${name} differs from the build and bench/results.json (run npm run docs:figures):\n${diff(content, fresh)}`);
      }
      return `<!-- figures:${name} -->${fresh}<!-- /figures:${name} -->`;
    });
    for (const name of REQUIRED[file] ?? []) if (!seen.has(name)) problems.push(`${file}: no <!-- figures:${name} --> block`);
    if (after !== before) changes.push({ file, path, before, after });
    outside.set(
      file,
      after.replace(BLOCK_RE, (all) => all.replace(/[^\n]/g, ' ')),
    );
  }
  // A generated figure typed elsewhere goes stale with the next build or run.
  for (const [file, text] of outside) {
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      for (const token of figureTokens(line))
        if (generated.has(token)) problems.push(`${file}:${i + 1}: \`${token}\` is a generated figure typed by hand: put it in a figures block (scripts/readme-figures.mjs)`);
    }
  }
  return { changes, blocks, problems };
}

/** A block's old and new lines, for the --check message. */
function diff(before, after) {
  const lines = (text) => text.replace(/^\n|\n$/g, '').split('\n');
  return [...lines(before).map((l) => `  - ${l}`), ...lines(after).map((l) => `  + ${l}`)].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const { changes, blocks, problems } = await figures();
  if (check) {
    for (const b of blocks) console.log(b);
    for (const p of problems) console.log(p);
    process.exit(changes.length || problems.length ? 1 : 0);
  }
  for (const c of changes) {
    writeFileSync(c.path, c.after);
    console.log(`rewrote the figures in ${c.file}`);
  }
  for (const p of problems) console.error(p);
  if (!changes.length) console.log('the figures are current');
  process.exit(problems.length ? 1 : 0);
}
