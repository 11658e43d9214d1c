// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { ModerationCosHeaders } from './cos-headers.js';

/**
 * The `JobsDetail` children every moderation kind has. Raw entries: each kind wraps them in
 * `node`, which makes them optional.
 */
export interface ReviewJobFields {
  /** Only when `State` is `Failed`; documented as String. */
  Code?: string | undefined;
  Message?: string | undefined;
  JobId?: string | undefined;
  /** `Submitted`, `Success`, `Failed`, `Auditing` (live streams also `Snapshoting`). */
  State?: string | undefined;
  CreationTime?: string | undefined;
  /** The highest-priority label hit (`Normal`, `Porn`, `Ads`, …). */
  Label?: string | undefined;
  BucketId?: string | undefined;
  Region?: string | undefined;
  /** 0 not frozen, 1 frozen, 2 moved (automatic freezing). */
  ForbidState?: number | undefined;
  CosHeaders?: ModerationCosHeaders | undefined;
  [key: string]: unknown;
}
