import { cosAuthorization } from '../signing/cos-authorization.js';
import { cosEncode } from '../signing/cos-encode.js';

/** A secret the double knows: the key, and the session token temporary credentials must send. */
export type DoubleSecret = string | { secretKey: string; sessionToken?: string };

/** The verdict on a request's `Authorization`: verified, or the status and CI error code to answer with. */
export type SignatureVerdict = { verified: true; secretId: string } | { verified: false; status: 401 | 403; code: string; message: string; secretId?: string };

/** Options of {@link verifyAuthorization}. */
export interface VerifyOptions {
  /** Current Unix time in seconds. */
  now: number;
  /** Seconds a key time may start in the future (clock skew). */
  skewSeconds: number;
  /** Refuse a signature that does not cover `host` (default true in the double). */
  requireSignedHost: boolean;
}

const FIELDS = ['q-sign-algorithm', 'q-ak', 'q-sign-time', 'q-key-time', 'q-header-list', 'q-url-param-list', 'q-signature'] as const;

/**
 * Checks a request's COS signature as the server does: parses the `Authorization` header,
 * recomputes it with {@link cosAuthorization} over the request's method, path (decoded), and the
 * query parameters and headers it lists, and compares; checks the key time is current and the
 * session token is the one the secret id has. Codes are CI's documented ones (401
 * `MissingAuthorization`, `InvalidAuthorization`, `SecretidNotExist`, `SignatureExpired`; 403
 * `SignatureDoesNotMatch`, `AccessDenied`).
 */
export async function verifyAuthorization(request: Request, secrets: ReadonlyMap<string, DoubleSecret>, options: VerifyOptions): Promise<SignatureVerdict> {
  const header = request.headers.get('authorization');
  if (header === null || header === '') return refuse(401, 'MissingAuthorization', 'the request has no Authorization header');
  const fields = new Map<string, string>();
  for (const pair of header.split('&')) {
    const at = pair.indexOf('=');
    const key = at === -1 ? pair : pair.slice(0, at);
    if (fields.has(key)) return refuse(401, 'InvalidAuthorization', `${key} is given twice`);
    fields.set(key, at === -1 ? '' : pair.slice(at + 1));
  }
  for (const field of FIELDS) if (!fields.has(field)) return refuse(401, 'InvalidAuthorization', `the Authorization header has no ${field}`);
  if (fields.get('q-sign-algorithm') !== 'sha1') return refuse(401, 'InvalidAuthorization', 'q-sign-algorithm must be sha1');
  const secretId = fields.get('q-ak')!;
  const secret = secrets.get(secretId);
  if (secret === undefined) return refuse(401, 'SecretidNotExist', 'the secret id is not known');
  const keyTime = fields.get('q-key-time')!;
  const times = /^(\d{1,12});(\d{1,12})$/.exec(keyTime);
  if (!times || fields.get('q-sign-time') !== keyTime) return refuse(401, 'InvalidAuthorization', 'q-key-time must be "<start>;<end>", equal to q-sign-time');
  if (Number(times[1]) > options.now + options.skewSeconds || Number(times[2]) < options.now) return refuse(401, 'SignatureExpired', 'the signature is not valid now', secretId);

  const url = new URL(request.url);
  const headerList = splitList(fields.get('q-header-list')!);
  const paramList = splitList(fields.get('q-url-param-list')!);
  if (options.requireSignedHost && !headerList.includes('host')) return refuse(403, 'AccessDenied', 'the signature must cover the host header', secretId);
  const headers: Record<string, string> = {};
  for (const name of headerList) {
    const value = name === 'host' ? (request.headers.get('host') ?? url.host) : request.headers.get(name);
    if (value === null) return refuse(403, 'SignatureDoesNotMatch', `the signed header ${name} is not in the request`, secretId);
    headers[name] = value;
  }
  const query: Record<string, string> = {};
  for (const name of paramList) {
    const entry = [...url.searchParams].find(([key]) => cosEncode(key).toLowerCase() === name);
    if (entry === undefined) return refuse(403, 'SignatureDoesNotMatch', `the signed parameter ${name} is not in the request`, secretId);
    query[entry[0]] = entry[1];
  }
  const { secretKey, sessionToken } = typeof secret === 'string' ? { secretKey: secret, sessionToken: undefined } : secret;
  let expected: string;
  try {
    expected = await cosAuthorization({ secretId, secretKey, method: request.method, pathname: decodeURIComponent(url.pathname), query, headers, keyTime });
  } catch {
    return refuse(403, 'SignatureDoesNotMatch', 'the request cannot be signed as given', secretId);
  }
  if (!equalText(/q-signature=([0-9a-f]*)$/.exec(expected)![1]!, fields.get('q-signature')!)) {
    return refuse(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided', secretId);
  }
  const token = request.headers.get('x-ci-security-token');
  if (sessionToken !== undefined && token !== sessionToken) return refuse(403, 'AccessDenied', 'the security token is missing or not the one issued with this secret id', secretId);
  return { verified: true, secretId };
}

function refuse(status: 401 | 403, code: string, message: string, secretId?: string): SignatureVerdict {
  return secretId === undefined ? { verified: false, status, code, message } : { verified: false, status, code, message, secretId };
}

function splitList(list: string): string[] {
  return list === '' ? [] : list.split(';');
}

/** Compares without stopping at the first difference, as a server compares signatures. */
function equalText(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}
