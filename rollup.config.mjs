// Bundles the core (already compiled by `tsc -b`) with valibot into one self-contained,
// minified ES module for browsers and CDNs: no bare imports, no node:*.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'packages/core/dist/index.js',
  output: {
    file: 'packages/core/dist/wanxiang.browser.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [nodeResolve({ browser: true }), terser({ module: true, format: { comments: false } })],
};
