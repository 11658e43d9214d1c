import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript source; the built package is checked by its own test. An
    // alias also matches a path below it, so the subpath comes before the package.
    alias: {
      '@wanxiang/core/schemas': src('./packages/core/src/schemas/index.ts'),
      '@wanxiang/core': src('./packages/core/src/index.ts'),
      '@wanxiang/fixtures': src('./packages/fixtures/src/index.ts'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['packages/*/test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    testTimeout: 30_000,
  },
});
