/** The part of an execution context (Workers `ctx`, Netlify/Vercel `context`) the receiver uses: background work runs in `waitUntil` when given. */
export interface ExecutionContextLike {
  waitUntil(promise: Promise<unknown>): void;
}

/**
 * `value` as an execution context when it has a callable `waitUntil`: Deno's `info`, Bun's
 * `server` and a Workers `env` are passed in the same positions and must not be taken for one.
 */
export function executionContext(value: unknown): ExecutionContextLike | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return typeof (value as { waitUntil?: unknown }).waitUntil === 'function' ? (value as ExecutionContextLike) : undefined;
  } catch {
    return undefined; // A getter that throws (a hostile or revoked proxy) is no context.
  }
}

/** Hands `work` to the context; `false` when there is none or it refused, so the caller awaits the work instead. */
export function handedTo(context: ExecutionContextLike | undefined, work: Promise<unknown>): boolean {
  if (!context) return false;
  try {
    context.waitUntil(work);
    return true;
  } catch {
    return false;
  }
}
