/** Shortest accepted echo secret: anything shorter could be found by trying values offline against one echoed MAC. */
export const MIN_ECHO_SECRET_LENGTH = 16;

/**
 * Checks echo secrets once, at configuration: a non-empty list of strings of at least
 * {@link MIN_ECHO_SECRET_LENGTH} characters. Messages name the index, never the secret.
 *
 * @throws TypeError for an empty list or a secret that is not such a string.
 */
export function validateEchoSecrets(secrets: string | readonly string[]): readonly string[] {
  const list: readonly unknown[] = typeof secrets === 'string' ? [secrets] : Array.isArray(secrets) ? secrets : [];
  if (list.length === 0) throw new TypeError('echo: at least one secret is required');
  for (const [index, secret] of list.entries()) {
    if (typeof secret !== 'string' || secret.length < MIN_ECHO_SECRET_LENGTH) {
      throw new TypeError(`echo: secret ${index} must be a string of at least ${MIN_ECHO_SECRET_LENGTH} characters`);
    }
  }
  return list as readonly string[];
}
