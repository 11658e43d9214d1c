// Bundle size: the browser ESM build of the core as shipped (packages/core/dist/wanxiang.browser.js,
// already minified by terser in the root build), gzipped by `gzip -9` (scripts/bundle-size.mjs, as for the README figures);
// the same file re-minified through esbuild --minify, for a like-for-like comparison with
// fast-xml-parser (and txml), which are bundled here with esbuild --bundle --minify.
//
// `node bench/bundle.mjs` (after `npm run build`) prints these rows and where the bytes of the
// browser build come from, per area of the core, without the rest of the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { esbuildMin, gzip9 } from '../scripts/bundle-size.mjs';
import { CORPUS } from './bodies.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const BROWSER_BUILD = join(repoRoot, 'packages/core/dist/wanxiang.browser.js');

const gz = (bytes) => gzip9(bytes, 'a benchmark bundle');
const minified = async (contents) => (await esbuildMin(contents)).contents;

/** Whether the browser build types every Tag: `knownTags` holds each corpus Tag, each with its `<Tag>Job` schema exported. */
async function tagCoverage(corpus) {
  const browser = await import(pathToFileURL(BROWSER_BUILD).href);
  const corpusTags = JSON.parse(readFileSync(join(corpus, 'tags.json'), 'utf8')).map((entry) => entry.tag);
  const known = new Set(browser.knownTags ?? []);
  const missing = corpusTags.filter((tag) => !known.has(tag));
  // Typed: the build knows the Tag, and parses a job of it (a known Tag never takes the unknown-job
  // schema, so that is its own schema at work). The schemas themselves are @wanxiang/core/schemas.
  const parses = (tag) => browser.safeParseCallback(JSON.stringify({ JobsDetail: [{ Tag: tag, JobId: 'j', Operation: { TemplateId: 't' } }] }), { contentType: 'application/json' }).success;
  const withoutSchema = [...known].filter((tag) => !parses(tag));
  return { corpusTags: corpusTags.length, knownTags: known.size, missing, withoutSchema };
}

export async function measureBundles(corpus) {
  const shipped = readFileSync(BROWSER_BUILD, 'utf8');
  const rows = [];
  const add = (id, label, text) => rows.push({ id, label, minBytes: typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength, gzBytes: gz(text) });
  add('core', '@wanxiang/core browser ESM build, as shipped (terser)', shipped);
  add('core-esbuild', '@wanxiang/core browser build re-minified with esbuild', await minified(`export * from ${JSON.stringify(BROWSER_BUILD)};`));
  add('core-parseCallback', '@wanxiang/core browser build, only parseCallback imported (tree-shaken, esbuild)', await minified(`export { parseCallback } from ${JSON.stringify(BROWSER_BUILD)};`));
  add('fxp', 'fast-xml-parser (XMLParser, XMLBuilder, XMLValidator), esbuild', await minified(`export * from 'fast-xml-parser';`));
  add('fxp-parser', 'fast-xml-parser, only XMLParser imported, esbuild', await minified(`export { XMLParser } from 'fast-xml-parser';`));
  add('txml', 'txml (txml/txml entry), only parse imported, esbuild', await minified(`export { parse } from 'txml/txml';`));
  return { rows, tags: await tagCoverage(corpus) };
}

/** The area of the core a module of the browser build belongs to, as the size breakdown groups them. */
function areaOf(input) {
  if (input.includes('node_modules/valibot/')) return 'valibot';
  const file = input.replace(/^.*packages\/core\/dist\//, '');
  if (file.startsWith('xml')) return 'XML reader (xml.js, xml/)';
  if (file.startsWith('json')) return 'JSON reader (json.js, json/)';
  if (file.startsWith('schemas/')) return 'schemas';
  if (/^(issues|issue-message|errors|excerpt|entry-plan|variant-plan)\.js$/.test(file)) return 'issues and errors';
  if (/^(deviations|lookup)\.js$/.test(file)) return 'lenient reading and lookup';
  if (/^(time|test-request|format)\.js$|^guards\//.test(file)) return 'helpers (parseCiTime, isTestRequest, formatFromContentType, guards)';
  return 'normalization (parse-callback, body, normalize, coerce, event-name, …)';
}

/**
 * Minified bytes per area in the browser build re-minified with esbuild (its metafile; terser's
 * output differs by a few percent), and each area's share: where a cut would count.
 */
export async function bundleBreakdown() {
  const { metafile } = await esbuildMin(`export * from ${JSON.stringify(join(repoRoot, 'packages/core/dist/index.js'))};`);
  const [output] = Object.values(metafile.outputs);
  const areas = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) areas.set(areaOf(input), (areas.get(areaOf(input)) ?? 0) + bytesInOutput);
  const total = [...areas.values()].reduce((sum, bytes) => sum + bytes, 0);
  return [...areas].sort((a, b) => b[1] - a[1]).map(([area, minBytes]) => ({ area, minBytes, share: minBytes / total }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { rows, tags } = await measureBundles(CORPUS);
  for (const row of rows) console.log(`${String(row.gzBytes).padStart(7)} B gz ${String(row.minBytes).padStart(7)} B min  ${row.label}`);
  console.log(`${tags.knownTags}/${tags.corpusTags} corpus Tags typed${tags.missing.length ? `; missing: ${tags.missing.join(', ')}` : ''}`);
  console.log("\nwhere the browser build's minified bytes come from (esbuild metafile):");
  for (const { area, minBytes, share } of await bundleBreakdown()) console.log(`${String(minBytes).padStart(7)} B  ${(share * 100).toFixed(1).padStart(5)} %  ${area}`);
}
