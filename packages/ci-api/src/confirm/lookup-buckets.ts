import { type CiTarget, checkTarget } from '../client/ci-target.js';

/**
 * The buckets callbacks may be looked up in, and their regions: `{ 'examplebucket-1250000000': 'ap-chongqing' }`.
 * The lookup's host is built from this configuration, never from the body: a forged callback
 * naming another bucket or region is refused, so it cannot aim the signed request elsewhere.
 */
export type LookupBuckets = Readonly<Record<string, string>>;

/** Where one callback's unit is looked up, or why it cannot be. */
export type TargetChoice = { target: CiTarget } | { refused: string; path: string };

/**
 * Checks the configuration once.
 *
 * @throws TypeError for an empty map, or a bucket or region that is not a valid host part.
 */
export function checkLookupBuckets(buckets: LookupBuckets): LookupBuckets {
  if (buckets === null || typeof buckets !== 'object' || Object.keys(buckets).length === 0) {
    throw new TypeError('createCiConfirm: buckets must map at least one BucketId to its region, like { "examplebucket-1250000000": "ap-chongqing" }');
  }
  for (const [bucket, region] of Object.entries(buckets)) checkTarget({ bucket, region });
  return { ...buckets };
}

/**
 * The configured target of a unit whose body names `bucket` (at `bucketPath`) and maybe
 * `region` (at `regionPath`). A unit that names no bucket is looked up in the one configured
 * bucket, when there is exactly one; otherwise it is refused (a moderation result is asked in
 * each configured bucket instead, by createCiConfirm).
 */
export function chooseTarget(buckets: LookupBuckets, bucket: string | undefined, bucketPath: string, region?: string, regionPath?: string): TargetChoice {
  const configured = Object.keys(buckets);
  if (bucket === undefined) {
    if (configured.length === 1) return { target: { bucket: configured[0]!, region: buckets[configured[0]!]! } };
    return { refused: 'names no bucket, and more than one bucket is configured for lookups', path: bucketPath };
  }
  if (!Object.hasOwn(buckets, bucket)) return { refused: 'is not a bucket configured for lookups', path: bucketPath };
  const configuredRegion = buckets[bucket]!;
  if (region !== undefined && region !== configuredRegion) return { refused: `is not the configured region of ${bucket}`, path: regionPath ?? bucketPath };
  return { target: { bucket, region: configuredRegion } };
}
