import { excerpt } from '@wanxiang/core';

/**
 * Where the receiver writes what it did. Entries never hold tokens or bodies, and every text in
 * them that a body chose (an id, a key, an error message) arrives escaped and bounded: no raw
 * CR, LF, ESC or other control character, at most {@link MAX_LOGGED_TEXT} characters each.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** The most characters of one logged text: room for a 200-character key and a short message. */
export const MAX_LOGGED_TEXT = 300;

/** A logger that writes nothing (`logger: false`). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/**
 * `logger` behind the receiver's two log rules: every message and field goes through
 * {@link excerpt} here, in the one place all log calls pass, so no call site can forget it (a
 * JobId holding CRLF would otherwise forge a second log line); and a logger that throws is
 * ignored, since logging must never change an answer.
 */
export function containedLogger(logger: Logger): Logger {
  const call = (level: keyof Logger) => (message: string, fields?: Record<string, unknown>) => {
    try {
      logger[level](excerpt(message, MAX_LOGGED_TEXT), fields === undefined ? undefined : safeFields(fields));
    } catch {
      // Deliberately ignored: see above.
    }
  };
  return { info: call('info'), warn: call('warn'), error: call('error') };
}

/** Fields with every text escaped and bounded; numbers, booleans and null pass, anything else becomes bounded text. */
function safeFields(fields: Record<string, unknown>): Record<string, unknown> {
  const safe: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    safe[excerpt(name, MAX_LOGGED_TEXT)] = value === undefined || value === null || typeof value === 'number' || typeof value === 'boolean' ? value : excerpt(printable(value), MAX_LOGGED_TEXT);
  }
  return safe;
}

function printable(value: unknown): string {
  try {
    return Array.isArray(value) ? value.map(String).join(', ') : String(value);
  } catch {
    return 'a value that cannot be printed';
  }
}
