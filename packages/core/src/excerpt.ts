/** The most characters of body-derived text (a name, a value) an error message quotes. */
export const MAX_EXCERPT_LENGTH = 64;

// C0 and C1 controls, DEL, the line and paragraph separators, bidirectional overrides and
// isolates, and lone surrogates: what could forge or reorder a log line or a terminal.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Body-derived text as an error message may quote it: unsafe characters written as `\uXXXX`,
 * and cut to `max` characters with the count of what was left out. Messages reach logs and
 * HTTP answers, so a body must not choose their length or their control characters.
 */
export function excerpt(text: string, max: number = MAX_EXCERPT_LENGTH): string {
  const cut = text.length > max ? text.slice(0, max) : text;
  // Cutting may split a surrogate pair; the lone half is then escaped like any other.
  const safe = cut.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.length > max ? `${safe}… (${text.length - max} more characters)` : safe;
}
