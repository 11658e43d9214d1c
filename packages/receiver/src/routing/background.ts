import { type ExecutionContextLike, handedTo } from '../inbound/execution-context.js';

/**
 * The work the receiver started and does not await before answering (handlers, error handlers),
 * so that `drain()` can wait for it. Each piece is bounded by its own deadline before it gets
 * here, so `drain()` always ends.
 */
export class BackgroundWork {
  readonly #pending = new Set<Promise<void>>();

  /**
   * Tracks `work` until it settles, and hands it to the execution context when there is one.
   * Resolves `true` when the context took it (the caller need not wait), `false` otherwise.
   */
  track(work: Promise<unknown>, context?: ExecutionContextLike): boolean {
    const settled: Promise<void> = work.then(
      () => undefined,
      () => undefined, // Tracked work reports its own failures; a rejection here must not go unhandled.
    );
    this.#pending.add(settled);
    void settled.then(() => this.#pending.delete(settled));
    return handedTo(context, settled);
  }

  /** Resolves once every piece tracked so far has settled or timed out. */
  async drain(): Promise<void> {
    await Promise.all([...this.#pending]);
  }
}
