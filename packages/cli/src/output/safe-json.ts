/**
 * JSON for a terminal: `JSON.stringify`, with what it leaves raw but a terminal acts on (C1
 * controls such as the 8-bit CSI, line and paragraph separators, bidi controls) as `\uXXXX`.
 * Still JSON, and the same value once parsed.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
