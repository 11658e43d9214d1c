// A fuzz property: an id, a fast-check property over a tally of outcomes, and how many runs it gets.
import fc from 'fast-check';
import type { Outcome } from './outcome.js';

/** What one property run needs from the settings. */
export interface FuzzParameters {
  seed: number;
  numRuns: number;
  path?: string | undefined;
}

/** A named property with its bounded run count and a tally of the outcomes it produced. */
export interface FuzzProperty {
  /** Short id for FUZZ_ONLY and `npm run fuzz -- <id>`. */
  id: string;
  name: string;
  /** Runs in `npm test`. */
  runs: number;
  /** Outcome counts of the last run: `event`, or an error code. */
  tally: Map<string, number>;
  /** Runs the property; throws a report with the replay command on failure. */
  check(parameters: FuzzParameters): void;
}

export function defineProperty<Ts extends [unknown, ...unknown[]]>(id: string, name: string, runs: number, property: (tally: Map<string, number>) => fc.IProperty<Ts>): FuzzProperty {
  const tally = new Map<string, number>();
  const prop = property(tally);
  return {
    id,
    name,
    runs,
    tally,
    check(parameters) {
      tally.clear();
      const details = fc.check(prop, { seed: parameters.seed, numRuns: parameters.numRuns, ...(parameters.path ? { path: parameters.path } : {}) });
      if (!details.failed) return;
      const replay = `\nReplay this failure: FUZZ_SEED=${details.seed}${details.counterexamplePath ? ` FUZZ_PATH=${details.counterexamplePath}` : ''} npm run fuzz -- ${id}`;
      throw new Error(`${fc.defaultReportMessage(details) ?? `Property "${name}" failed`}${replay}`, { cause: details.errorInstance });
    },
  };
}

/** Counts an outcome (`event` or its code), or an oracle that ran (a name starting with `+`). */
export function count(tally: Map<string, number>, outcome: Outcome | `+${string}`): void {
  const key = typeof outcome === 'string' ? outcome : outcome.ok ? 'event' : outcome.error.code;
  tally.set(key, (tally.get(key) ?? 0) + 1);
}
