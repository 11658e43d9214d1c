import type { BuildOptions } from 'esbuild';

/** esbuild options for a Worker bundle; `overrides` adds an entry (or stdin), aliases, externals. */
export function workerBundleOptions(overrides?: BuildOptions): BuildOptions & { write: false };
