/**
 * Reads and discards at most `maxBytes` of an answer body, then cancels the rest, so that the
 * connection can be reused and a downstream that streams forever (or a huge error page) cannot
 * hold the consumer or its memory. Never throws: the body's content does not matter.
 */
export async function drainAnswer(response: Response, maxBytes: number): Promise<void> {
  const reader = response.body?.getReader();
  if (!reader) return;
  let read = 0;
  try {
    while (read <= maxBytes) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
    }
  } catch {
    // Aborted by the deadline, or the connection broke: nothing to keep.
  }
  await reader.cancel().catch(() => undefined);
}
