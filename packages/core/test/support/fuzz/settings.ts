// The fuzz settings: a fixed seed and bounded runs in `npm test`; FUZZ_RUNS / FUZZ_SEED / FUZZ_PATH /
// FUZZ_ONLY for long runs (`npm run fuzz`).

/** The seed of every property in `npm test`. */
export const DEFAULT_SEED = 20261121;

/** One parse taking longer than this is reported as a hang (normal parses take well under 1 ms). */
export const HANG_BOUND_MS = 1000;

export interface FuzzSettings {
  seed: number;
  /** Runs per property; `undefined` uses each property's own bounded count. */
  runs: number | undefined;
  /** A counterexample path to replay (with its seed). */
  path: string | undefined;
  /** True for `npm run fuzz` (FUZZ_RUNS set): long runs, no test timeout. */
  long: boolean;
  /** Property ids to run (FUZZ_ONLY, comma-separated); `undefined` runs all. */
  only: string[] | undefined;
}

export function fuzzSettings(env: Record<string, string | undefined> = process.env): FuzzSettings {
  const runs = env.FUZZ_RUNS ? integerFrom(env.FUZZ_RUNS, 'FUZZ_RUNS', 1) : undefined;
  const seed = env.FUZZ_SEED ? integerFrom(env.FUZZ_SEED, 'FUZZ_SEED', -(2 ** 31)) : runs === undefined ? DEFAULT_SEED : randomSeed();
  const only = env.FUZZ_ONLY
    ? env.FUZZ_ONLY.split(',')
        .map((id) => id.trim())
        .filter(Boolean)
    : undefined;
  return { seed, runs, path: env.FUZZ_PATH || undefined, long: runs !== undefined, only };
}

function integerFrom(text: string, name: string, min: number): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got ${JSON.stringify(text)}`);
  return value;
}

function randomSeed(): number {
  return (Math.random() * 2 ** 31) | 0;
}
