/**
 * Signing per the Standard Webhooks spec (https://www.standardwebhooks.com): the signature is
 * `v1,` + base64(HMAC-SHA256(secret, `${id}.${timestamp}.${body}`)), where the secret is the
 * base64 after `whsec_`. Any Standard Webhooks library verifies what this signs.
 */

/** What is signed: the message id, its Unix time in seconds, and the exact body text. */
export interface WebhookMessage {
  id: string;
  timestamp: number;
  body: string;
}

const SECRET_PREFIX = 'whsec_';

/**
 * The `webhook-signature` value for a message.
 *
 * @throws TypeError when the secret is not base64 (with or without `whsec_`) of at least 24 bytes.
 */
export async function signWebhook(message: WebhookMessage, secret: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', secretBytes(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signed = new TextEncoder().encode(`${message.id}.${message.timestamp}.${message.body}`);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, signed));
  return `v1,${toBase64(signature)}`;
}

/** The three Standard Webhooks headers, plus the JSON content type, for a signed POST. */
export async function webhookHeaders(message: WebhookMessage, secret: string): Promise<Record<string, string>> {
  return {
    'content-type': 'application/json',
    'webhook-id': message.id,
    'webhook-timestamp': String(message.timestamp),
    'webhook-signature': await signWebhook(message, secret),
  };
}

function secretBytes(secret: string): Uint8Array<ArrayBuffer> {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  let binary: string;
  try {
    binary = atob(encoded);
  } catch {
    throw new TypeError('The webhook secret must be base64, optionally after "whsec_"');
  }
  if (binary.length < 24) throw new TypeError('The webhook secret must hold at least 24 bytes');
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
