/**
 * A failure's name and message for logs; never its whole object (it may hold request data). The
 * logger escapes and bounds it like every logged text.
 */
export function describeCause(cause: unknown): string {
  try {
    return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  } catch {
    // A thrown value that cannot be made a string (a null-prototype object, a throwing getter)
    // must not turn a decided answer into a 500.
    return 'a thrown value that cannot be printed';
  }
}
