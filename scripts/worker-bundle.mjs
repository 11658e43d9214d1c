// How every Worker in this repository is bundled for workerd, as wrangler does it: one ES module,
// `cloudflare:*` left to the runtime, packages resolved with the workerd conditions. Used by the
// Worker tests, the runtime matrix, the README snippet runner and the throughput benchmark.

/** esbuild options for a Worker bundle; `overrides` adds an entry (or stdin), aliases, externals. */
export function workerBundleOptions(overrides = {}) {
  return {
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'import'],
    write: false,
    ...overrides,
    external: ['cloudflare:*', ...(overrides.external ?? [])],
  };
}
