// Bundles the core (already compiled by `tsc -b`) with valibot into self-contained, minified
// files for browsers and CDNs: no bare imports, no node:*.
//   wanxiang.browser.js       ES module: <script type="module">import { parseCallback } from '…/wanxiang.browser.js'
//   wanxiang.browser.iife.js  classic script: <script src="…/wanxiang.browser.iife.js"> defines globalThis.Wanxiang
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'packages/core/dist/index.js',
  output: [
    {
      file: 'packages/core/dist/wanxiang.browser.js',
      format: 'es',
      sourcemap: true,
    },
    {
      file: 'packages/core/dist/wanxiang.browser.iife.js',
      format: 'iife',
      // A top-level `var Wanxiang` in a classic script is a property of globalThis.
      name: 'Wanxiang',
      sourcemap: true,
    },
  ],
  // The plugin sets terser's `module` (strict mode, top-level mangling) for the ES output only;
  // forcing it here would also mangle the IIFE's global name away.
  plugins: [nodeResolve({ browser: true }), terser({ format: { comments: false } })],
};
