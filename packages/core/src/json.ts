import { readJsonTree } from './json/reader.js';
import { DEFAULT_MAX_NAMES } from './options.js';
import type { RawValue } from './raw.js';

/**
 * Reads a JSON callback body into the raw tree in one pass, with a strict RFC 8259 reader of
 * its own (`JSON.parse` builds every value first, `{}` and `[]` included, and takes ~100× a
 * body of tiny lists in memory). The tree is the one the XML of the same callback gives:
 *
 * - empty values (`""` or whitespace only, `null`, `{}`, `[]`) are left out, never built;
 * - a number keeps its exact text (`1.50`, `-0`, `12345678901234567890`, `1e400`), as XML
 *   carries it, and `true`/`false` become that text; only the schema decides what is a number
 *   (see `Numeric`), also for fields it does not name, which stay text in both formats;
 * - escapes are decoded, `\uXXXX` surrogate pairs included; a lone surrogate escape
 *   (`"\ud800"`) is kept as the one UTF-16 unit, as `JSON.parse` keeps it.
 *
 * Stricter than `JSON.parse` where a reader could otherwise disagree with the body it was
 * given: a duplicate key (which value counts differs between readers) is `MALFORMED_JSON`, and
 * a list directly inside a list (no XML form, never sent by CI) is `INVALID_CALLBACK`.
 * Messages name the dotted path and the line and column, and quote body text only through
 * `excerpt()`.
 *
 * @throws CallbackError `MALFORMED_JSON` (syntax, duplicate keys), `TOO_DEEP` (containers
 *   nested deeper than `maxDepth`, the root being 1), `TOO_MANY_NAMES` (more distinct keys
 *   than `maxNames`), or `INVALID_CALLBACK` for a key that would
 *   reach an object's prototype and for a list directly inside a list.
 */
export function readJson(text: string, maxDepth: number, maxNames: number = DEFAULT_MAX_NAMES): RawValue | undefined {
  return readJsonTree(text, maxDepth, maxNames);
}
