// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { CosHeader } from './cos-headers.js';

/** `JobsDetail.Input`: the object the job read. Older pages name the bucket `BucketId`, newer ones `Bucket`. */
export interface JobInput {
  Region?: string | undefined;
  Bucket?: string | undefined;
  BucketId?: string | undefined;
  Object?: string | undefined;
  Url?: string | undefined;
  CosHeaders?: CosHeader[] | undefined;
  [key: string]: unknown;
}
