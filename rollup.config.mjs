// Bundles the core (already compiled by `tsc -b`) with valibot into self-contained, minified
// files for browsers and CDNs: no bare imports, no node:*.
//   wanxiang.browser.js       ES module: <script type="module">import { parseCallback } from '…/wanxiang.browser.js'
//   wanxiang.browser.iife.js  classic script: <script src="…/wanxiang.browser.iife.js"> defines globalThis.Wanxiang
//   wanxiang.browser.iife.d.ts  its types (the global), copied from packages/core/types
//
// Paths are relative to this file, so it runs from the root (`npm run build`) and from
// packages/core (`npm pack` runs the core's prepack there: `rollup -c ../../rollup.config.mjs`).
//
// No source maps: a map of these files would point at ../../node_modules/valibot, outside the
// package, and weigh ~400 KB each with its sources inlined. Debug with the unminified build
// (dist/*.js), which every bundler resolves by default.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minify } from 'terser';

const core = (path) => fileURLToPath(new URL(`packages/core/${path}`, import.meta.url));
const { version } = JSON.parse(readFileSync(core('package.json'), 'utf8'));
// valibot's license asks for its notice in every copy; terser drops all comments, so it is added back.
const notice = `/*! @wanxiang/core ${version} | MIT License | includes valibot (MIT License, Copyright (c) Fabian Hiller) */`;

/**
 * Adds the header after terser (which removes every comment): the license notice, and for the
 * ES module `@ts-self-types` first, so Deno takes the types from dist/index.d.ts.
 */
const header = () => ({
  name: 'wanxiang-header',
  renderChunk(code, _chunk, options) {
    const lines = options.format === 'es' ? ['// @ts-self-types="./index.d.ts"', notice] : [notice];
    return { code: `${lines.join('\n')}\n${code}`, map: null };
  },
});

/**
 * Rewrites every module tsc wrote in packages/core/dist without its comments (the TSDoc lives
 * in the .d.ts files beside it; the source's other comments would double the tarball), headed
 * by `// @ts-self-types="./<name>.d.ts"`. Deno follows the ES bundle's header to index.d.ts,
 * whose `./parse-callback.js`-style imports it resolves to the .js files, not to the .d.ts
 * beside them: without these headers it would type them from the JavaScript and miss every
 * type. Node and bundlers read the header as a comment. Runs before the bundle is read, and
 * again harmlessly (a file that has the header is left alone). terser only reprints the code
 * (no compression, no renaming), so dist stays readable.
 */
const distModules = () => ({
  name: 'wanxiang-dist-modules',
  async buildStart() {
    const dist = core('dist');
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.js') || file.startsWith('wanxiang.browser')) continue;
      const path = join(dist, file);
      const code = readFileSync(path, 'utf8');
      if (code.startsWith('// @ts-self-types=')) continue;
      const reprinted = await minify(code, { module: true, compress: false, mangle: false, format: { beautify: true, comments: false, indent_level: 2 } });
      writeFileSync(path, `// @ts-self-types="./${basename(file, '.js')}.d.ts"\n${reprinted.code}\n`);
    }
  },
});

/** Writes the IIFE's declaration file next to it. */
const iifeTypes = () => ({
  name: 'wanxiang-iife-types',
  generateBundle(options) {
    if (options.format !== 'iife') return;
    this.emitFile({
      type: 'asset',
      fileName: 'wanxiang.browser.iife.d.ts',
      source: readFileSync(core('types/wanxiang.browser.iife.d.ts'), 'utf8'),
    });
  },
});

export default {
  input: core('dist/index.js'),
  output: [
    {
      file: core('dist/wanxiang.browser.js'),
      format: 'es',
      sourcemap: false,
      plugins: [header()],
    },
    {
      file: core('dist/wanxiang.browser.iife.js'),
      format: 'iife',
      // A top-level `var Wanxiang` in a classic script is a property of globalThis; inside a
      // bundle (`import '@wanxiang/core/iife'`) it would be local, so the footer sets the global
      // as well.
      name: 'Wanxiang',
      footer: 'globalThis.Wanxiang = Wanxiang;',
      sourcemap: false,
      plugins: [header(), iifeTypes()],
    },
  ],
  // The plugin sets terser's `module` (strict mode, top-level mangling) for the ES output only;
  // forcing it here would also mangle the IIFE's global name away.
  plugins: [distModules(), nodeResolve({ browser: true }), terser({ format: { comments: false } })],
};
