// Types of dist/wanxiang.browser.iife.js, the classic-script build: it defines one global,
// `Wanxiang`, holding every export of @wanxiang/core. rollup.config.mjs copies this file next to
// the bundle. Use it with `import '@wanxiang/core/iife'` (a bundle keeps that import: the file is
// in the package's `sideEffects`) or `/// <reference types="@wanxiang/core/iife" />` for a page
// that loads the script from a CDN.
declare global {
  /** @wanxiang/core, as `<script src=".../wanxiang.browser.iife.js">` defines it. */
  var Wanxiang: typeof import('./index.js');
}

export {};
