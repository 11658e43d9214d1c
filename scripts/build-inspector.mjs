// Writes examples/browser/dist/inspector.html: the inspector as ONE self-contained file that works
// from file:// (Chromium refuses to load ES modules from a file:// page, whose origin is null).
// examples/browser/inspector.js and what it imports (its views and helpers under inspector/,
// samples.js, and the core's browser bundle, which rollup has just written) become a single
// inline <script type="module">; inspector.css an inline <style>. The page makes no request at all, and its Content-Security-Policy says so.
//
// Run after `rollup -c` (npm run build does both).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'examples/browser');
const core = join(root, 'packages/core/dist/wanxiang.browser.js');
const outFile = join(dir, 'dist/inspector.html');

if (!existsSync(core)) fail(`${relative(root, core)} is missing: run \`npm run build\` (tsc -b, then rollup -c) first`);

// 1. inspector.js + inspector/*.js + the core bundle + samples.js → one ES module with no imports left.
const bundle = await rollup({
  input: join(dir, 'inspector.js'),
  onwarn(warning) {
    fail(`rollup: ${warning.message}`);
  },
});
const { output } = await bundle.generate({
  format: 'es',
  // terser escapes `</script` and `<!--` inside strings (inline_script, on by default), so the
  // code can sit inside <script> whatever the bundled samples hold.
  plugins: [terser({ format: { comments: false, inline_script: true } })],
});
await bundle.close();
if (output.length !== 1) fail(`expected one chunk, got ${output.map((file) => file.fileName).join(', ')}`);
const [chunk] = output;
if (chunk.imports.length > 0 || chunk.dynamicImports.length > 0) fail(`the bundle still imports ${[...chunk.imports, ...chunk.dynamicImports].join(', ')}`);
const script = chunk.code.trim();
if (/<\/script|<!--/i.test(script)) fail('the bundled code holds "</script" or "<!--" and cannot be inlined');
const bundled = chunk.moduleIds.map((id) => relative(root, id));
if (!bundled.some((id) => id.endsWith('wanxiang.browser.js'))) fail('the core bundle was not inlined');
// The modules in examples/browser's folders (inspector/, samples/) are many and alike: the
// summary names each folder and counts its modules.
const inFolder = (id) => dirname(id) !== relative(root, dir) && dirname(id).startsWith(`${relative(root, dir)}/`);
const folders = new Map();
for (const id of bundled.filter(inFolder)) folders.set(dirname(id), (folders.get(dirname(id)) ?? 0) + 1);
const summary = [...bundled.filter((id) => !inFolder(id)), ...[...folders].map(([folder, count]) => `${count} modules in ${folder}/`)];

// 2. inspector.css → inline <style>.
const style = readFileSync(join(dir, 'inspector.css'), 'utf8').trim();
if (/<\/style/i.test(style)) fail('inspector.css holds "</style"');

// 3. index.html with both inlined, and a CSP that allows exactly these two inline blocks.
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const csp = `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256(style)}; img-src data:; base-uri 'none'; form-action 'none'`;

let html = readFileSync(join(dir, 'index.html'), 'utf8');
html = replaceOnce(html, /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*("\s*\/?>)/, (_, open, close) => `${open}${csp}${close}`);
html = replaceOnce(html, /<link rel="stylesheet" href="inspector\.css"\s*\/?>/, () => `<style>${style}</style>`);
// Checked before the script goes in: the markup itself must name nothing outside the page.
const external = [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']*)["']/gi)].map((match) => match[1]).filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
if (external.filter((url) => url !== 'inspector.js').length > 0) fail(`index.html still refers to ${external.join(', ')}`);
html = replaceOnce(html, /<script type="module" src="inspector\.js"><\/script>/, () => `<script type="module">${script}</script>`);

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, html);
console.log(`${relative(root, outFile)}: ${html.length.toLocaleString('en')} characters, self-contained (${summary.join(', ')})`);

function replaceOnce(text, pattern, replacement) {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== 1) fail(`index.html: expected exactly one match of ${pattern}, found ${matches.length}`);
  return text.replace(pattern, replacement);
}

function fail(message) {
  console.error(`build-inspector: ${message}`);
  process.exit(1);
}
