import { excerpt } from '../excerpt.js';

/** Throws `MALFORMED_XML` for `message` at offset `at` of the document. */
export type Fail = (message: string, at: number) => never;

/**
 * A body-derived name as a message quotes it: through {@link excerpt}, so a 4 MB element name
 * makes a short message and a control character cannot forge a log line.
 */
export function quoted(name: string): string {
  return `"${excerpt(name)}"`;
}

/** `<name>` for a message, the name bounded as in {@link quoted}. */
export function tag(name: string): string {
  return `<${excerpt(name)}>`;
}

/** `</name>` for a message, the name bounded as in {@link quoted}. */
export function endTag(name: string): string {
  return `</${excerpt(name)}>`;
}
