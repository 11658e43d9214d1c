const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

/** A key pair that signs requests; `sessionToken` for temporary (STS) credentials. */
export interface CiCredentials {
  secretId: string;
  secretKey: string;
  /** Temporary credentials' token, sent as `x-ci-security-token` (not signed). */
  sessionToken?: string;
}

/** Fixed credentials, or a function asked before every request (for rotating STS credentials). */
export type CredentialsSource = CiCredentials | (() => CiCredentials | Promise<CiCredentials>);

/**
 * The credentials for one request.
 *
 * @throws TypeError when they lack a `secretId` or `secretKey`, or have a token that is not text.
 */
export async function resolveCredentials(source: CredentialsSource): Promise<CiCredentials> {
  const credentials = typeof source === 'function' ? await source() : source;
  if (credentials === null || typeof credentials !== 'object') throw new TypeError('CI API: credentials must be { secretId, secretKey, sessionToken? }');
  const { secretId, secretKey, sessionToken } = credentials;
  if (typeof secretId !== 'string' || secretId === '' || typeof secretKey !== 'string' || secretKey === '') throw new TypeError('CI API: credentials need a non-empty secretId and secretKey');
  // The id and the token travel in headers: anything but visible ASCII would make fetch throw
  // an error quoting the value, which ends up in logs.
  if (!VISIBLE_ASCII.test(secretId)) throw new TypeError('CI API: secretId must be visible ASCII');
  if (sessionToken !== undefined && sessionToken !== '' && (typeof sessionToken !== 'string' || !VISIBLE_ASCII.test(sessionToken))) throw new TypeError('CI API: sessionToken must be visible ASCII');
  return sessionToken === undefined || sessionToken === '' ? { secretId, secretKey } : { secretId, secretKey, sessionToken };
}
