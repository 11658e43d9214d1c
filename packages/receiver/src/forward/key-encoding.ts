/**
 * The text encodings behind idempotency keys. Each is injective — two different inputs never give
 * the same output — so keys built from them cannot collide the way joined strings do (`a:b` + `c`
 * and `a` + `b:c` both joined to `a:b:c`).
 */

/**
 * `text` with `%`, each of `separators`, C0 controls and DEL percent-encoded (`%25`, `%3A`,
 * `%0A`), and each lone surrogate written `%uD800`: the output never holds a raw separator, so
 * joining encoded parts with one is injective, and it is well-formed UTF-16, so UTF-8 (what a
 * digest reads) no longer turns two different lone surrogates into the same U+FFFD. Anything
 * else, non-ASCII letters included, stays as it is, so ordinary ids read unchanged.
 */
export function escapeComponent(text: string, separators: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[index]! + text[index + 1]!;
        index++;
        continue;
      }
    }
    if (unit >= 0xd800 && unit <= 0xdfff) out += `%u${hex(unit, 4)}`;
    else if (unit < 0x20 || unit === 0x7f || unit === 0x25 || separators.includes(text[index]!)) out += `%${hex(unit, 2)}`;
    else out += text[index]!;
  }
  return out;
}

function hex(value: number, width: number): string {
  return value.toString(16).toUpperCase().padStart(width, '0');
}

/** The separator between a job key's parts (`JobId:State`). */
export const KEY_SEPARATOR = ':';

/** The separator between the keys of one delivery. */
export const LIST_SEPARATOR = ',';

/**
 * One key from its parts: `JobId:State` for the usual ids, with `:`, `,` and `%` inside a part
 * percent-encoded (`a:b` → `a%3Ab`), so the parts can always be told apart again.
 */
export function joinKeyParts(parts: readonly string[]): string {
  return parts.map((part) => escapeComponent(part, KEY_SEPARATOR + LIST_SEPARATOR)).join(KEY_SEPARATOR);
}

/** An ordered list of keys as one text: each key's `%` and `,` encoded, then joined with `,`. */
export function encodeKeyList(keys: readonly string[]): string {
  return keys.map((key) => escapeComponent(key, LIST_SEPARATOR)).join(LIST_SEPARATOR);
}

/**
 * Where a digest's input comes from, written before it: a digest of an event's canonical JSON or
 * of a key list can never equal the digest of a key text, since key texts hold no LF (it is
 * encoded) and these tags end with one.
 */
export const DIGEST_DOMAIN = { event: 'event\n', delivery: 'delivery\n' } as const;

/** `sha256:` + the hex SHA-256 of `text`'s UTF-8 (`text` is well-formed: every caller encodes first). */
export async function digestKey(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `${DIGEST_PREFIX}${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** What every digest key starts with; a natural key that does is digested too, so the two never meet. */
export const DIGEST_PREFIX = 'sha256:';
