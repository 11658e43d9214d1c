/** How a call given a deadline ended. */
export type Settled<T> = { status: 'fulfilled'; value: T } | { status: 'rejected'; reason: unknown } | { status: 'timeout' };

/**
 * Calls `work` and waits for it at most `ms` milliseconds. Never throws and never rejects: a
 * synchronous throw is `rejected`, and a settlement after the deadline is observed and dropped,
 * so a late rejection is never an unhandled one. `work` goes on after a timeout (nothing can
 * cancel a promise); only the wait ends.
 */
export function settleWithin<T>(work: () => T | PromiseLike<T>, ms: number): Promise<Settled<Awaited<T>>> {
  let promise: Promise<Awaited<T>>;
  try {
    promise = Promise.resolve(work()) as Promise<Awaited<T>>;
  } catch (reason) {
    return Promise.resolve({ status: 'rejected', reason });
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ status: 'timeout' }), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve({ status: 'fulfilled', value });
      },
      (reason: unknown) => {
        clearTimeout(timer);
        resolve({ status: 'rejected', reason });
      },
    );
  });
}

/** The default deadlines, in milliseconds; see the README's "Deadlines" for why these values. */
export const DEFAULT_DEADLINES = {
  bodyTimeoutMs: 10_000,
  archiveTimeoutMs: 5_000,
  forwardTimeoutMs: 10_000,
  confirmTimeoutMs: 4_000,
  handlerTimeoutMs: 5_000,
  errorHandlerTimeoutMs: 5_000,
} as const;

/** Every deadline the receiver keeps. */
export type Deadlines = { -readonly [K in keyof typeof DEFAULT_DEADLINES]: number };

/**
 * The deadlines of `options`, defaults filled in.
 *
 * @throws TypeError naming the option when one is not a positive finite number of milliseconds
 * (`Infinity` or `0` would bring back the unbounded wait these deadlines exist to prevent, or none).
 */
export function deadlinesOf(options: Partial<Record<keyof Deadlines, unknown>>): Deadlines {
  const deadlines = { ...DEFAULT_DEADLINES } as Deadlines;
  for (const name of Object.keys(DEFAULT_DEADLINES) as (keyof Deadlines)[]) {
    const value = options[name];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_TIMER_MS) {
      throw new TypeError(`createReceiver: \`${name}\` must be a number of milliseconds above 0 and at most ${MAX_TIMER_MS}`);
    }
    deadlines[name] = value;
  }
  return deadlines;
}

/** The longest delay a timer keeps (2³¹ − 1 ms); a longer one fires at once in every runtime. */
const MAX_TIMER_MS = 2_147_483_647;
