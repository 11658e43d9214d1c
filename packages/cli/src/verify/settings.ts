import type { CiCredentials } from '@wanxiang/ci-api';
import { InvalidArgumentError } from 'commander';
import { MAX_TIMER_MS } from '../input/max-timer.js';

/** The environment variables `wanxiang verify` reads its credentials and endpoint from. */
export const VERIFY_SETTINGS = { secretId: 'CI_SECRET_ID', secretKey: 'CI_SECRET_KEY', sessionToken: 'CI_SESSION_TOKEN', endpoint: 'CI_API_ENDPOINT' } as const;

/** The credentials the environment holds, or the names of the variables that are missing. */
export type CredentialsChoice = { credentials: CiCredentials } | { missing: string[] };

/**
 * `CI_SECRET_ID`, `CI_SECRET_KEY` and the optional `CI_SESSION_TOKEN`. Only the environment is
 * read: a secret given on the command line would stay in shell history and `ps` output.
 */
export function credentialsFromEnv(env: Readonly<Record<string, string | undefined>>): CredentialsChoice {
  const value = (name: string) => {
    const text = env[name]?.trim();
    return text === undefined || text === '' ? undefined : text;
  };
  const secretId = value(VERIFY_SETTINGS.secretId);
  const secretKey = value(VERIFY_SETTINGS.secretKey);
  const sessionToken = value(VERIFY_SETTINGS.sessionToken);
  if (secretId === undefined || secretKey === undefined) {
    const missing: string[] = [];
    if (secretId === undefined) missing.push(VERIFY_SETTINGS.secretId);
    if (secretKey === undefined) missing.push(VERIFY_SETTINGS.secretKey);
    return { missing };
  }
  return { credentials: { secretId, secretKey, ...(sessionToken ? { sessionToken } : {}) } };
}

/**
 * The origin every lookup goes to instead of `https://<BucketId>.ci.<Region>.myqcloud.com`, or
 * `undefined` for that default. A trailing `/` is dropped; anything beyond an origin is refused,
 * since the signed request must not carry a path, query or user name the caller did not mean.
 *
 * @throws TypeError naming where the value came from.
 */
export function endpointOf(given: string | undefined, source: string): string | undefined {
  if (given === undefined || given.trim() === '') return undefined;
  const origin = given.trim().replace(/\/$/, '');
  if (!/^https?:\/\/[^/?#@\s]+$/.test(origin)) throw new TypeError(`${source} must be an origin, like https://ci.internal.example or http://127.0.0.1:9000`);
  return origin;
}

/** Commander's parser of `--timeout-ms`: a positive whole number of milliseconds. */
export function parseTimeoutMs(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1 || value > MAX_TIMER_MS) throw new InvalidArgumentError(`expected a whole number of milliseconds from 1 to ${MAX_TIMER_MS}`);
  return value;
}
