import { base64url } from './base64url.js';
import { constantTimeEqual } from './constant-time-equal.js';
import { ECHO_MAX_DATA_LENGTH, type EchoField } from './echo-field.js';
import { ECHO_DATA_PATTERN, ECHO_PREFIX, parseEcho } from './echo-format.js';
import { validateEchoSecrets } from './echo-secret.js';

/**
 * Where a value may be used. With a `field`, the MAC covers it too, so a value minted for one
 * field is refused in another: an `x-cos-meta-*` header is readable by anyone who can HEAD the
 * object, and binding keeps such a value out of UserData and DataId. Without one, the value
 * is accepted in every field.
 */
export interface EchoOptions {
  field?: EchoField;
}

/** What {@link verifyEcho} found: the data the value carries, or why it is refused. */
export type EchoVerification = { valid: true; data: string } | { valid: false; reason: string };

const encoder = new TextEncoder();

/** 128 bits of the HMAC: 22 base64url characters (`ECHO_MAC_LENGTH`). */
const MAC_BYTES = 16;

/**
 * The value to put into a field CI echoes (`Operation.UserData`, `DataId`, an `x-cos-meta-*`
 * header) when submitting a job: `e1.<mac>.<data>`, where `<mac>` is the first 128 bits of
 * HMAC-SHA256, keyed with the UTF-8 secret, of `e1\n<field>\n<data>` (`<field>` empty when
 * unbound), base64url without padding — so any language can mint one. `data` is carried as it
 * is: put in it what the callback should prove (a job nonce, the object key).
 *
 * @param secret at least 16 characters; keep it server-side.
 * @param data letters, digits and `- . _ ~ : @ /`, at most `ECHO_MAX_DATA_LENGTH[field]`
 *   characters (UserData 998, DataId 486, CosMeta 2015; 486 without a field).
 * @throws TypeError for a short secret, or data of another character or too long for the field.
 * @example
 * const UserData = await signEcho(secret, `job-${nonce}`, { field: 'UserData' });
 */
export async function signEcho(secret: string, data: string, options: EchoOptions = {}): Promise<string> {
  validateEchoSecrets([secret]);
  const field = checkField(options.field);
  if (typeof data !== 'string' || !ECHO_DATA_PATTERN.test(data)) {
    throw new TypeError('signEcho: data may hold letters, digits and - . _ ~ : @ / only (encode anything else, e.g. base64url)');
  }
  const max = ECHO_MAX_DATA_LENGTH[field ?? 'DataId'];
  if (data.length > max) {
    throw new TypeError(`signEcho: data of ${data.length} characters does not fit ${field ?? 'every field'} (at most ${max})`);
  }
  return `${ECHO_PREFIX}${await macOf(secret, field, data)}.${data}`;
}

/**
 * Whether `value` is an echo minted by {@link signEcho} under one of `secrets` (several, for
 * rotation: every one is tried, with no early exit). With a `field`, a value bound to that
 * field or to none is accepted; without one, only an unbound value. MACs are compared with a
 * constant-time loop over their equal-length encodings, and comparing the encodings (not the
 * decoded bytes) also refuses a second spelling of the same MAC.
 *
 * @throws TypeError for no secret or a secret under 16 characters (a configuration error, not a bad value).
 */
export async function verifyEcho(secret: string | readonly string[], value: string, options: EchoOptions = {}): Promise<EchoVerification> {
  const secrets = validateEchoSecrets(secret);
  const field = checkField(options.field);
  const parts = parseEcho(value);
  if ('reason' in parts) return { valid: false, reason: parts.reason };
  const candidate = encoder.encode(parts.mac);
  const contexts = field === undefined ? [undefined] : [field, undefined];
  let matched = false;
  for (const key of secrets) {
    for (const context of contexts) {
      const expected = encoder.encode(await macOf(key, context, parts.data));
      matched = constantTimeEqual(candidate, expected) || matched;
    }
  }
  if (!matched) return { valid: false, reason: 'the MAC does not match (wrong secret, another field, or altered data)' };
  return { valid: true, data: parts.data };
}

/** HMAC-SHA256 of `e1`, the field (empty when unbound) and the data, newline-separated (data holds no newline), truncated. */
async function macOf(secret: string, field: EchoField | undefined, data: string): Promise<string> {
  const key = await keyOf(secret);
  const signed = await crypto.subtle.sign('HMAC', key, encoder.encode(`e1\n${field ?? ''}\n${data}`));
  return base64url(new Uint8Array(signed).subarray(0, MAC_BYTES));
}

// Imported once per secret: a callback with many jobs checks many echoes with the same keys.
// Bounded: a process has a few secrets; the oldest is dropped past that.
const keys = new Map<string, Promise<CryptoKey>>();
const MAX_KEYS = 16;

function keyOf(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    if (keys.size >= MAX_KEYS) keys.delete(keys.keys().next().value!);
    keys.set(secret, key);
  }
  return key;
}

function checkField(field: EchoField | undefined): EchoField | undefined {
  if (field === undefined || Object.hasOwn(ECHO_MAX_DATA_LENGTH, field)) return field;
  throw new TypeError(`echo: unknown field ${JSON.stringify(field)} (UserData, DataId or CosMeta)`);
}
