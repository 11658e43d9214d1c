import { RelayError, RelayErrorCode } from './relay-error.js';

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

/** A secret checked and its HMAC key imported once, for every message signed with it. */
export interface WebhookSigner {
  /** The `webhook-signature` value for a message. */
  sign(message: WebhookMessage): Promise<string>;
  /** The three Standard Webhooks headers, plus the JSON content type. */
  headers(message: WebhookMessage): Promise<Record<string, string>>;
}

const SECRET_PREFIX = 'whsec_';
/** The spec's bounds on the secret's decoded length. */
const MIN_SECRET_BYTES = 24;
const MAX_SECRET_BYTES = 64;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * A signer for `secret` (`whsec_` + base64 of 24 to 64 bytes; the prefix may be left out).
 * The secret is checked here, at once, so that a misconfiguration shows at startup and not at
 * the first event; the HMAC key is imported on first use and kept.
 *
 * @throws RelayError `WEBHOOK_SECRET_INVALID` (the message never quotes the secret).
 */
export function createWebhookSigner(secret: string, path = 'secret'): WebhookSigner {
  const bytes = secretBytes(secret, path);
  let key: Promise<CryptoKey> | undefined;
  const sign = async (message: WebhookMessage) => {
    // A failed import is not kept: the next message tries again.
    key ??= crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']).catch((error: unknown) => {
      key = undefined;
      throw error;
    });
    const signed = new TextEncoder().encode(`${message.id}.${message.timestamp}.${message.body}`);
    return `v1,${toBase64(new Uint8Array(await crypto.subtle.sign('HMAC', await key, signed)))}`;
  };
  return {
    sign,
    async headers(message) {
      return {
        'content-type': 'application/json',
        'webhook-id': message.id,
        'webhook-timestamp': String(message.timestamp),
        'webhook-signature': await sign(message),
      };
    },
  };
}

/**
 * The `webhook-signature` value for a message. To sign many, {@link createWebhookSigner}
 * checks the secret and imports its key once.
 *
 * @throws RelayError `WEBHOOK_SECRET_INVALID` when the secret is not base64 of 24 to 64 bytes.
 */
export async function signWebhook(message: WebhookMessage, secret: string): Promise<string> {
  return createWebhookSigner(secret).sign(message);
}

/** The three Standard Webhooks headers, plus the JSON content type, for a signed POST. */
export async function webhookHeaders(message: WebhookMessage, secret: string): Promise<Record<string, string>> {
  return createWebhookSigner(secret).headers(message);
}

function secretBytes(secret: string, path: string): Uint8Array<ArrayBuffer> {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  if (encoded.length === 0 || !BASE64.test(encoded)) {
    throw new RelayError(RelayErrorCode.WEBHOOK_SECRET_INVALID, path, `${path}: the webhook secret must be "whsec_" followed by base64`);
  }
  const binary = atob(encoded);
  if (binary.length < MIN_SECRET_BYTES || binary.length > MAX_SECRET_BYTES) {
    throw new RelayError(RelayErrorCode.WEBHOOK_SECRET_INVALID, path, `${path}: the webhook secret must hold ${MIN_SECRET_BYTES} to ${MAX_SECRET_BYTES} bytes, not ${binary.length}`);
  }
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
