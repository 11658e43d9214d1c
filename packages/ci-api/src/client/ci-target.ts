/** Which bucket's CI a request goes to: `examplebucket-1250000000` in `ap-guangzhou`. */
export interface CiTarget {
  /** The BucketId, `<name>-<APPID>`: lower-case letters, digits and `-`. */
  bucket: string;
  /** The region, such as `ap-guangzhou` or `ap-shanghai-fsi`. */
  region: string;
}

// A bucket name is 1–50 of [a-z0-9-] (not starting or ending with "-"), then "-" and the APPID.
const BUCKET = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?-\d{5,12}$/;
// Regions are dash-joined lower-case words: ap-guangzhou, na-siliconvalley, ap-shanghai-fsi.
const REGION = /^[a-z]{2,8}(?:-[a-z0-9]{2,24}){1,3}$/;

/**
 * The target, checked strictly: the bucket and region become a host name, so nothing else
 * (a dot, a slash, an `@`, a port) may pass and send the signed request somewhere else.
 *
 * @throws TypeError for a bucket that is not `name-appid` or a region that is not `xx-name`.
 */
export function checkTarget(target: CiTarget): CiTarget {
  if (target === null || typeof target !== 'object') throw new TypeError('CI API: target must be { bucket, region }');
  const { bucket, region } = target;
  if (typeof bucket !== 'string' || !BUCKET.test(bucket))
    throw new TypeError(`CI API: bucket must be "<name>-<APPID>" in [a-z0-9-], like examplebucket-1250000000; received ${JSON.stringify(String(bucket)).slice(0, 80)}`);
  if (typeof region !== 'string' || !REGION.test(region)) throw new TypeError(`CI API: region must look like ap-guangzhou; received ${JSON.stringify(String(region)).slice(0, 80)}`);
  return { bucket, region };
}

/** CI's public endpoint of a target: `https://<BucketId>.ci.<Region>.myqcloud.com`. */
export function defaultEndpoint(target: CiTarget): string {
  return `https://${target.bucket}.ci.${target.region}.myqcloud.com`;
}
