/**
 * The echo value: `e1.<mac>.<data>`. `e1` names the format (a later one can be told apart),
 * `<mac>` is the first 128 bits of an HMAC-SHA256, base64url without padding (22 characters),
 * and `<data>` is carried as it is, so a console or log shows it. Every character is one that
 * URL queries, HTTP header values, XML text and JSON strings all carry unescaped, so the value
 * survives each field CI echoes — UserData (printable ASCII), DataId (no charset documented,
 * sent in XML bodies and, for single images, as a query parameter) and `x-cos-meta-*` headers.
 */
export const ECHO_PREFIX = 'e1.';

/** Characters of the base64url MAC: 128 bits in 22 characters. */
export const ECHO_MAC_LENGTH = 22;

/** Bytes an echo value adds to its data: the prefix, the MAC and the dot after it (26). */
export const ECHO_OVERHEAD = ECHO_PREFIX.length + ECHO_MAC_LENGTH + 1;

/**
 * What `data` may hold: letters, digits and `- . _ ~ : @ /` (RFC 3986 unreserved characters,
 * plus the three that object keys and ids use most). Anything else — spaces, JSON, non-ASCII —
 * should be encoded first (base64url fits), since a header, a query or an XML serializer
 * would otherwise rewrite it and the MAC would no longer match.
 */
export const ECHO_DATA_PATTERN = /^[A-Za-z0-9\-._~:@/]*$/;

const MAC_PATTERN = /^[A-Za-z0-9_-]+$/;

/** The parts of an echo value, or why it is not one. */
export function parseEcho(value: string): { mac: string; data: string } | { reason: string } {
  if (typeof value !== 'string' || value === '') return { reason: 'empty' };
  if (!value.startsWith(ECHO_PREFIX)) return { reason: `not an echo value (expected ${ECHO_PREFIX}<mac>.<data>)` };
  const mac = value.slice(ECHO_PREFIX.length, ECHO_PREFIX.length + ECHO_MAC_LENGTH);
  if (value.length < ECHO_OVERHEAD || value[ECHO_OVERHEAD - 1] !== '.' || !MAC_PATTERN.test(mac)) {
    return { reason: `truncated or malformed MAC (expected ${ECHO_MAC_LENGTH} base64url characters, then ".")` };
  }
  const data = value.slice(ECHO_OVERHEAD);
  if (!ECHO_DATA_PATTERN.test(data)) return { reason: 'data holds a character the echo format does not carry' };
  return { mac, data };
}
