// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { HitSummary } from './hit-info.js';

/** `Labels` of document and web-page jobs: the whole file's result per scene. */
export interface ModerationLabels {
  PornInfo?: HitSummary | undefined;
  AdsInfo?: HitSummary | undefined;
  [key: string]: unknown;
}
