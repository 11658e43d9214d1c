// Parsing one body and checking the universal promise: an event or a CallbackError with a known
// code and an issue, never another exception, within HANG_BOUND_MS, Object.prototype untouched.
import { isDeepStrictEqual } from 'node:util';
import { type CallbackBody, type CallbackError, CallbackErrorCode, isCallbackError, type ParseOptions, parseCallback, parseCallbackLenient } from '@wanxiang/core';
import { HANG_BOUND_MS } from './settings.js';

export type Outcome = { ok: true; event: Record<string, unknown>; ms: number } | { ok: false; error: CallbackError; ms: number };

const knownCodes = new Set<string>(Object.values(CallbackErrorCode));
const prototypeState = () => [Object.prototype, Array.prototype, String.prototype, Function.prototype].map((proto) => Reflect.ownKeys(proto).map(String).join(',')).join('|');
const pristinePrototypes = prototypeState();

/** A short description of any thrown value, with its stack. */
function describeThrown(thrown: unknown): string {
  return thrown instanceof Error ? `${thrown.name}: ${thrown.message}\n${thrown.stack ?? ''}` : `${typeof thrown}: ${String(thrown)}`;
}

/**
 * Parses `body` and checks what every parse must give: an event with a string `EventName`, or
 * a CallbackError with a known code and at least one issue; within {@link HANG_BOUND_MS}; with
 * the built-in prototypes as they were.
 */
export function parseOutcome(body: CallbackBody, options: ParseOptions): Outcome {
  const started = performance.now();
  let outcome: Outcome;
  try {
    const event = parseCallback(body, options) as unknown as Record<string, unknown>;
    outcome = { ok: true, event, ms: performance.now() - started };
  } catch (thrown) {
    const ms = performance.now() - started;
    if (!isCallbackError(thrown)) throw new Error(`parseCallback threw something other than a CallbackError: ${describeThrown(thrown)}`);
    outcome = { ok: false, error: thrown, ms };
  }
  if (outcome.ms > HANG_BOUND_MS) throw new Error(`parseCallback took ${outcome.ms.toFixed(0)} ms (hang guard: ${HANG_BOUND_MS} ms)`);
  if (prototypeState() !== pristinePrototypes) throw new Error('a built-in prototype was changed by a parse');
  if (outcome.ok) {
    const { event } = outcome;
    if (typeof event !== 'object' || event === null || Array.isArray(event)) throw new Error(`parseCallback returned a non-object: ${String(event)}`);
    if (typeof event.EventName !== 'string') throw new Error(`an event without a string EventName: ${JSON.stringify(event).slice(0, 300)}`);
    JSON.stringify(event); // an event is plain data: no cycles, no BigInt
  } else {
    const { error } = outcome;
    if (!knownCodes.has(error.code)) throw new Error(`a CallbackError with an unknown code ${JSON.stringify(error.code)}`);
    if (!Array.isArray(error.issues) || error.issues.length === 0) throw new Error(`a ${error.code} CallbackError without issues`);
    for (const issue of error.issues) {
      if (typeof issue.path !== 'string' || typeof issue.message !== 'string') throw new Error(`a malformed issue: ${JSON.stringify(issue)}`);
    }
  }
  checkLenient(body, options, outcome);
  return outcome;
}

/**
 * The lenient reading of the same body agrees: the strict event and no deviations for a valid
 * body; the same error for one that is malformed or over a limit; for an invalid one, the same
 * error, or an event (which the strict reading takes back) with bounded deviations.
 */
function checkLenient(body: CallbackBody, options: ParseOptions, strict: Outcome): void {
  let lenient: ReturnType<typeof parseCallbackLenient>;
  try {
    lenient = parseCallbackLenient(body, options);
  } catch (thrown) {
    if (!isCallbackError(thrown)) throw new Error(`parseCallbackLenient threw something other than a CallbackError: ${describeThrown(thrown)}`);
    if (strict.ok || thrown.code !== strict.error.code) fail(`parseCallbackLenient threw ${thrown.code} where parseCallback gave`, strict);
    return;
  }
  if (strict.ok) {
    if (lenient.deviations !== undefined || !isDeepStrictEqual(lenient.event, strict.event)) fail('parseCallbackLenient differs on a valid body', strict);
    return;
  }
  if (strict.error.code !== 'INVALID_CALLBACK') fail(`parseCallbackLenient gave an event where parseCallback gave`, strict);
  const { deviations } = lenient;
  if (deviations === undefined || deviations.count === 0 || deviations.values.length > 100 || deviations.issues.length > 100)
    fail(`parseCallbackLenient: deviations out of bounds ${JSON.stringify(deviations)?.slice(0, 300)}`);
  JSON.stringify(lenient.event);
}

export function fail(message: string, outcome?: Outcome): never {
  const got = outcome === undefined ? '' : outcome.ok ? ` — got an event: ${JSON.stringify(outcome.event).slice(0, 300)}` : ` — got ${outcome.error.code}: ${outcome.error.message.slice(0, 300)}`;
  throw new Error(`${message}${got}`);
}

export function expectCode(outcome: Outcome, allowed: readonly string[], why: string): void {
  if (outcome.ok) return;
  if (!allowed.includes(outcome.error.code)) fail(`expected an event or ${allowed.join('/')} (${why})`, outcome);
}

export function expectError(outcome: Outcome, code: string, why: string): void {
  if (outcome.ok || outcome.error.code !== code) fail(`expected ${code} (${why})`, outcome);
}

/**
 * Same event, or the same error code with issues at the same paths. (Messages may differ in
 * wording: for bytes, an unsupported first character is quoted as its first byte.)
 */
export function sameOutcome(a: Outcome, b: Outcome): boolean {
  if (a.ok && b.ok) return isDeepStrictEqual(a.event, b.event);
  const paths = (error: CallbackError) => error.issues.map((issue) => issue.path);
  if (!a.ok && !b.ok) return a.error.code === b.error.code && isDeepStrictEqual(paths(a.error), paths(b.error));
  return false;
}

export function describeOutcome(outcome: Outcome): string {
  return outcome.ok ? `event ${JSON.stringify(outcome.event).slice(0, 200)}` : `${outcome.error.code} ${JSON.stringify(outcome.error.issues).slice(0, 200)}`;
}
