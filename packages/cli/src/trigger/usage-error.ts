/**
 * A mistake in what the user asked for (an unknown name, a path the body does not have): the
 * command prints its message and exits 2 without sending anything.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
