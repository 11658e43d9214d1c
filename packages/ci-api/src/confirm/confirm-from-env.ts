import { type CiClientOptions, createCiClient } from '../client/ci-client.js';
import { checkTarget } from '../client/ci-target.js';
import { type CiConfirm, createCiConfirm } from './ci-confirm.js';
import type { LookupBuckets } from './lookup-buckets.js';

/** The settings {@link ciConfirmFromEnv} reads, by name. */
export const CONFIRM_SETTINGS = ['CI_SECRET_ID', 'CI_SECRET_KEY', 'CI_SESSION_TOKEN', 'CI_LOOKUP_BUCKETS', 'CI_API_ENDPOINT'] as const;

/** What {@link ciConfirmFromEnv} gives when confirmation is configured. */
export interface ConfiguredConfirm {
  confirm: CiConfirm;
  /** The buckets lookups go to, for a start-up banner. */
  buckets: LookupBuckets;
}

/**
 * The `confirm` policy a deployment's settings describe, or `undefined` when none of the
 * credentials and buckets is set (confirmation off):
 * - `CI_SECRET_ID`, `CI_SECRET_KEY` (secrets), `CI_SESSION_TOKEN` (temporary credentials, optional);
 * - `CI_LOOKUP_BUCKETS`: `examplebucket-1250000000=ap-chongqing`, comma-separated: where lookups
 *   go, and the only buckets a confirmed callback may name;
 * - `CI_API_ENDPOINT` (optional): one origin for every lookup (a private network, a test double)
 *   instead of `https://<BucketId>.ci.<Region>.myqcloud.com`.
 *
 * @throws TypeError naming what is missing when the settings are partial (a key without its id,
 *   credentials without buckets), or malformed; never naming a secret's value.
 */
export function ciConfirmFromEnv(read: (name: (typeof CONFIRM_SETTINGS)[number]) => string | undefined, options: Pick<CiClientOptions, 'fetch' | 'timeoutMs'> = {}): ConfiguredConfirm | undefined {
  const value = (name: (typeof CONFIRM_SETTINGS)[number]) => {
    const text = read(name)?.trim();
    return text === undefined || text === '' ? undefined : text;
  };
  const secretId = value('CI_SECRET_ID');
  const secretKey = value('CI_SECRET_KEY');
  const sessionToken = value('CI_SESSION_TOKEN');
  const listed = value('CI_LOOKUP_BUCKETS');
  const endpoint = value('CI_API_ENDPOINT');
  if (secretId === undefined && secretKey === undefined && listed === undefined && sessionToken === undefined && endpoint === undefined) return undefined;
  const missing = [secretId === undefined && 'CI_SECRET_ID', secretKey === undefined && 'CI_SECRET_KEY', listed === undefined && 'CI_LOOKUP_BUCKETS'].filter(Boolean);
  if (missing.length > 0) throw new TypeError(`confirmation is half configured: set ${missing.join(' and ')} too, or unset all of CI_SECRET_ID, CI_SECRET_KEY and CI_LOOKUP_BUCKETS`);
  const buckets = lookupBucketsSetting(listed!);
  if (endpoint !== undefined && !/^https?:\/\/[^/?#@]+$/.test(endpoint)) throw new TypeError('CI_API_ENDPOINT must be an origin, like https://ci.internal.example or http://127.0.0.1:9000');
  const client = createCiClient({
    credentials: { secretId: secretId!, secretKey: secretKey!, ...(sessionToken ? { sessionToken } : {}) },
    ...options,
    ...(endpoint ? { endpoint: () => endpoint } : {}),
  });
  return { confirm: createCiConfirm({ client, buckets }), buckets };
}

/**
 * `a-125=ap-chongqing,b-125=ap-guangzhou` as a bucket map.
 *
 * @throws TypeError for an entry without `=`, a bucket or region that is not one, a bucket given twice.
 */
export function lookupBucketsSetting(text: string): LookupBuckets {
  const buckets: Record<string, string> = {};
  for (const entry of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [bucket, region, extra] = entry.split('=').map((part) => part.trim());
    if (!bucket || !region || extra !== undefined)
      throw new TypeError(`CI_LOOKUP_BUCKETS: expected <BucketId>=<Region>, like examplebucket-1250000000=ap-chongqing; received ${JSON.stringify(entry.slice(0, 80))}`);
    checkTarget({ bucket, region });
    if (Object.hasOwn(buckets, bucket)) throw new TypeError(`CI_LOOKUP_BUCKETS names ${bucket} twice`);
    buckets[bucket] = region;
  }
  return buckets;
}
