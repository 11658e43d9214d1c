/**
 * Runs `work` over `items`, at most `concurrency` at a time, in order of the list; once `signal`
 * aborts no further item starts (those in flight are left to end on their own, as the signal
 * tells them). Resolves when every started item has.
 */
export async function runPool<T>(items: readonly T[], concurrency: number, signal: AbortSignal, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (!signal.aborted && next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
