/** One request's deadline, joined with the caller's signal. */
export interface Deadline {
  /** Aborts at the deadline or when the caller's signal does, whichever is first. */
  readonly signal: AbortSignal;
  /** Whether it was the deadline (not the caller) that aborted. */
  timedOut(): boolean;
  /**
   * `promise`, or its rejection with the abort reason as soon as the signal aborts: an injected
   * `fetch` or body that ignores the signal cannot outlive the deadline.
   */
  race<T>(promise: Promise<T>): Promise<T>;
  /** Clears the timer. */
  dispose(): void;
}

/**
 * A deadline `timeoutMs` from now. Written with a timer and a controller rather than
 * `AbortSignal.timeout`/`any` so that which of the two fired is known exactly, in every runtime.
 */
export function startDeadline(timeoutMs: number, callerSignal?: AbortSignal): Deadline {
  const controller = new AbortController();
  let expired = false;
  const onCallerAbort = () => controller.abort(callerSignal!.reason);
  if (callerSignal?.aborted) controller.abort(callerSignal.reason);
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  const { signal } = controller;
  return {
    signal,
    timedOut: () => expired,
    race<T>(promise: Promise<T>): Promise<T> {
      if (signal.aborted) {
        promise.catch(() => {});
        return Promise.reject(signal.reason);
      }
      return new Promise<T>((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then(
          (value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
          },
          (error: unknown) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
          },
        );
      });
    },
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}
