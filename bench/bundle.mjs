// Bundle size: the browser ESM build of the core as shipped (packages/core/dist/wanxiang.browser.js,
// already minified by terser in the root build), gzipped by `gzip -9` (scripts/bundle-size.mjs, as for the README figures);
// the same file re-minified through esbuild --minify, for a like-for-like comparison with
// fast-xml-parser (and txml), which are bundled here with esbuild --bundle --minify.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { esbuildMin, gzip9 } from '../scripts/bundle-size.mjs';

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
  const withoutSchema = [...known].filter((tag) => typeof browser[`${tag}Job`] !== 'object' && typeof browser[`${tag}Job`] !== 'function');
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
