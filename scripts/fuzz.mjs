#!/usr/bin/env node
// Long fuzzing runs: the properties of packages/core/test/fuzz.test.ts (defined in
// packages/core/test/support/fuzz-properties.ts) with many more runs and a fresh random seed.
//
//   npm run fuzz                               every property, FUZZ_RUNS (default 100000) runs each
//   npm run fuzz -- xml-trees json-callbacks   only these properties (ids: mutations, splices, utf16,
//                                              xml-trees, xml-callbacks, json-texts, json-callbacks)
//   FUZZ_RUNS=1000000 npm run fuzz             more runs
//   FUZZ_SEED=123 npm run fuzz                 replay a run (the seed is printed at the start)
//   FUZZ_SEED=123 FUZZ_PATH=45:2:0 npm run fuzz -- mutations
//                                              replay one counterexample (a failure prints this line)
//
// The same properties run in `npm test` with the fixed seed 20261121 and bounded runs.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const vitest = resolve(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');

const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const extra = process.argv.slice(2).filter((arg) => arg.startsWith('-'));
const runs = process.env.FUZZ_RUNS ?? '100000';
const seed = process.env.FUZZ_SEED ?? String((Math.random() * 2 ** 31) | 0);
const path = process.env.FUZZ_PATH;

const replay = `FUZZ_SEED=${seed} FUZZ_RUNS=${runs}${path ? ` FUZZ_PATH=${path}` : ''} npm run fuzz${only.length ? ` -- ${only.join(' ')}` : ''}`;
console.log(`fuzz: ${runs} runs per property, seed ${seed}${only.length ? `, properties ${only.join(', ')}` : ''}`);
console.log(`fuzz: replay this run with: ${replay}\n`);

const result = spawnSync(process.execPath, [vitest, 'run', 'packages/core/test/fuzz.test.ts', '--typecheck.enabled=false', ...extra], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed, ...(path ? { FUZZ_PATH: path } : {}), ...(only.length ? { FUZZ_ONLY: only.join(',') } : {}) },
});
if (result.status !== 0) console.log(`\nfuzz: failed; replay this run with: ${replay}`);
process.exit(result.status ?? 1);
