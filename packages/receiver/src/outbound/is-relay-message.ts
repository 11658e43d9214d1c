import { RELAY_MESSAGE_VERSION, type RelayMessage } from './relay-message.js';

/** Keys as the receiver derives them: printable ASCII, at most 200 characters (else their digest). */
const KEY = /^[\x21-\x7e]{1,200}$/;
/** A callback has a few jobs; a message claiming thousands of keys is not one of ours. */
const MAX_KEYS = 1000;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;
const SHA256 = /^[0-9a-f]{64}$/;
const FIELDS = new Set(['v', 'id', 'keys', 'receivedAt', 'contentType', 'contentVersion', 'event', 'deviations', 'record', 'body']);

/**
 * Whether a value a queue handed over is a {@link RelayMessage} of this version, checked
 * field by field: a queue may carry anything (another producer's message, an older version,
 * a value written by hand), and a consumer acts on what it reads. Unknown fields are refused
 * too, so that a future version is never half understood.
 */
export function isRelayMessage(value: unknown): value is RelayMessage {
  return relayMessageProblem(value) === undefined;
}

/** The dotted path of the first field that makes `value` not a {@link RelayMessage}, or `undefined`. */
export function relayMessageProblem(value: unknown): string | undefined {
  if (!isPlainObject(value)) return '(root)';
  for (const field of Object.keys(value)) if (!FIELDS.has(field)) return field;
  const message = value as Record<string, unknown>;
  if (message.v !== RELAY_MESSAGE_VERSION) return 'v';
  if (typeof message.id !== 'string' || !KEY.test(message.id)) return 'id';
  const keys = message.keys;
  if (!Array.isArray(keys) || keys.length === 0 || keys.length > MAX_KEYS) return 'keys';
  for (let index = 0; index < keys.length; index++) if (typeof keys[index] !== 'string' || !KEY.test(keys[index])) return `keys.${index}`;
  if (typeof message.receivedAt !== 'string' || !ISO_TIME.test(message.receivedAt)) return 'receivedAt';
  if (!nullableString(message.contentType)) return 'contentType';
  if (!nullableString(message.contentVersion)) return 'contentVersion';
  const hasEvent = message.event !== undefined;
  const hasBody = message.body !== undefined;
  if (hasEvent === hasBody) return hasEvent ? 'body' : 'event';
  if (hasEvent) {
    const event = message.event;
    if (!isPlainObject(event) || (typeof event.EventName !== 'string' && !('code' in event))) return 'event';
    // CI's record is the event of a lookup: an object like the event it confirms.
    if (message.record !== undefined && !isPlainObject(message.record)) return 'record';
    return message.deviations === undefined ? undefined : deviationsProblem(message.deviations);
  }
  if (message.deviations !== undefined) return 'deviations';
  if (message.record !== undefined) return 'record';
  const body = message.body;
  if (!isPlainObject(body) || Object.keys(body).some((field) => field !== 'key' && field !== 'bytes' && field !== 'sha256')) return 'body';
  if (typeof body.key !== 'string' || body.key.length === 0 || body.key.length > 1024) return 'body.key';
  if (typeof body.bytes !== 'number' || !Number.isSafeInteger(body.bytes) || body.bytes < 0) return 'body.bytes';
  if (typeof body.sha256 !== 'string' || !SHA256.test(body.sha256)) return 'body.sha256';
  return undefined;
}

/** The path of the first field that makes `value` not a `Deviations` report, or `undefined`. */
function deviationsProblem(value: unknown): string | undefined {
  if (!isPlainObject(value)) return 'deviations';
  const { values, count, issues, issueCount } = value;
  if (!Array.isArray(values) || values.length === 0 || values.some((item) => !isPlainObject(item) || typeof item.path !== 'string')) return 'deviations.values';
  if (!Number.isSafeInteger(count) || (count as number) < values.length) return 'deviations.count';
  if (!Array.isArray(issues) || issues.some((item) => !isPlainObject(item) || typeof item.path !== 'string' || typeof item.message !== 'string')) return 'deviations.issues';
  if (!Number.isSafeInteger(issueCount) || (issueCount as number) < issues.length) return 'deviations.issueCount';
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const nullableString = (value: unknown) => value === null || typeof value === 'string';
