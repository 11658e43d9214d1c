import { cosEncode } from './cos-encode.js';
import { hmacSha1Hex, sha1Hex } from './hex-digest.js';
import { type KeyTimeOptions, keyTimeOf } from './key-time.js';

/** What one request's signature covers, and the key that signs it. */
export interface CosAuthorizationOptions extends KeyTimeOptions {
  secretId: string;
  secretKey: string;
  /** `GET`, `POST`, …; signed lower-cased. */
  method: string;
  /** The request path as sent but not URL-encoded, from its `/`: `/jobs/j1`, `/exampleobject(腾讯云)`. */
  pathname: string;
  /** The query parameters to sign: all of them, or the ones the caller chooses. A parameter without a value (`?acl`) is `''`. */
  query?: Readonly<Record<string, string | number>>;
  /** The headers to sign, exactly these (the caller chooses; `host` and `content-type` are usual). */
  headers?: Readonly<Record<string, string | number>>;
}

/**
 * The COS `Authorization` header value for a request (Tencent's "请求签名", request signature,
 * which CI's API uses too): `q-sign-algorithm=sha1&q-ak=…&q-sign-time=…&q-key-time=…&q-header-list=…&q-url-param-list=…&q-signature=…`.
 *
 * It signs exactly the headers and query parameters it is given: each key URL-encoded
 * ({@link cosEncode}) and lower-cased, each value URL-encoded, sorted by key, as the document
 * specifies. Tencent's SDKs sign only some headers of a request; here the caller chooses.
 * HMAC-SHA1 and SHA-1 come from `crypto.subtle`, so it runs wherever Web Crypto does.
 * Temporary credentials' session token is not signed: send it as the `x-ci-security-token`
 * header (`x-cos-security-token` on COS hosts), as Tencent's SDK does.
 *
 * @throws TypeError for a missing secret, a path not starting with `/`, a key given twice
 *   (as `Host` and `host`), a bad key time, or text that is not well-formed Unicode.
 */
export async function cosAuthorization(options: CosAuthorizationOptions): Promise<string> {
  const { secretId, secretKey, method, pathname } = options;
  if (typeof secretId !== 'string' || secretId === '' || /[&=\s]/.test(secretId)) throw new TypeError('cosAuthorization: secretId must be a non-empty string without "&", "=" or spaces');
  if (typeof secretKey !== 'string' || secretKey === '') throw new TypeError('cosAuthorization: secretKey must be a non-empty string');
  if (typeof method !== 'string' || !/^[A-Za-z]+$/.test(method)) throw new TypeError('cosAuthorization: method must be an HTTP method name');
  if (typeof pathname !== 'string' || !pathname.startsWith('/')) throw new TypeError('cosAuthorization: pathname must start with "/"');
  const keyTime = keyTimeOf(options);
  const parameters = signedPairs(options.query, 'query');
  const headers = signedPairs(options.headers, 'headers');

  const signKey = await hmacSha1Hex(secretKey, keyTime);
  const httpString = [method.toLowerCase(), pathname, parameters.text, headers.text, ''].join('\n');
  const stringToSign = ['sha1', keyTime, await sha1Hex(httpString), ''].join('\n');
  const signature = await hmacSha1Hex(signKey, stringToSign);
  return [
    'q-sign-algorithm=sha1',
    `q-ak=${secretId}`,
    `q-sign-time=${keyTime}`,
    `q-key-time=${keyTime}`,
    `q-header-list=${headers.list}`,
    `q-url-param-list=${parameters.list}`,
    `q-signature=${signature}`,
  ].join('&');
}

/**
 * The signed pairs of a header or query map: `list` (`key;key`) and `text` (`key=value&…`),
 * keys encoded then lower-cased and sorted by code unit, values encoded.
 */
function signedPairs(record: Readonly<Record<string, string | number>> | undefined, what: string): { list: string; text: string } {
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const [name, value] of Object.entries(record ?? {})) {
    if (typeof value !== 'string' && typeof value !== 'number') throw new TypeError(`cosAuthorization: ${what}.${name} must be text or a number`);
    const key = cosEncode(name).toLowerCase();
    if (seen.has(key)) throw new TypeError(`cosAuthorization: ${what} names ${JSON.stringify(name)} twice (keys are signed lower-cased)`);
    seen.add(key);
    pairs.push([key, cosEncode(String(value))]);
  }
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { list: pairs.map(([key]) => key).join(';'), text: pairs.map(([key, value]) => `${key}=${value}`).join('&') };
}
