/**
 * The wait a `Retry-After` header asks for, in milliseconds, at most `maxMs`: delay-seconds
 * (`120`) or an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`). `undefined` when absent or not
 * one of the two; a date in the past is 0. Bounded because the downstream, not us, chooses the
 * value: a year-long wait would park the message past every retry budget.
 */
export function retryAfterMs(header: string | null, now: number, maxMs: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d{1,10}$/.test(text)) return Math.min(Number(text) * 1000, maxMs);
  // An HTTP date names its weekday and GMT; Date.parse alone would take "1" or "2026" too.
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - now), maxMs);
}
