import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { ModerationCosHeaders } from './cos-headers.js';

/**
 * The `JobsDetail` children every moderation kind has. Raw entries: each kind wraps them in
 * `node`, which makes them optional.
 */
export const reviewJobEntries = {
  /** Only when `State` is `Failed`; documented as String. */
  Code: Text,
  Message: Text,
  JobId: Text,
  /** `Submitted`, `Success`, `Failed`, `Auditing` (live streams also `Snapshoting`). */
  State: Text,
  CreationTime: Text,
  /** The highest-priority label hit (`Normal`, `Porn`, `Ads`, …). */
  Label: Text,
  // BucketId, Region: not in the document and web-page tables, but in their samples (sample wins).
  BucketId: Text,
  Region: Text,
  // ForbidState, CosHeaders: not in the web-page table, but in its sample (sample wins).
  /** 0 not frozen, 1 frozen, 2 moved (automatic freezing). */
  ForbidState: Numeric,
  CosHeaders: ModerationCosHeaders,
};
