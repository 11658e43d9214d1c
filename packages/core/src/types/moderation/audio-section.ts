// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { AudioHitInfo } from './hit-info.js';

/**
 * One audio segment's result: `Section` of audio jobs, `AudioSection` of video and live jobs.
 * `OffsetTime` and `Duration` are in milliseconds (a live stream's `OffsetTime` is a timestamp).
 */
export interface AudioSection {
  Url?: string | undefined;
  Text?: string | undefined;
  OffsetTime?: number | undefined;
  Duration?: number | undefined;
  Label?: string | undefined;
  SubLabel?: string | undefined;
  Result?: number | undefined;
  PornInfo?: AudioHitInfo | undefined;
  AdsInfo?: AudioHitInfo | undefined;
  [key: string]: unknown;
}
