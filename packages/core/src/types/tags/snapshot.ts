// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { MediaInfo } from '../nodes/media-info.js';
import type { MediaResult } from '../nodes/media-result.js';

/**
 * A `Snapshot` job (截帧): `Operation.MediaResult` lists the frames written (and the sprite images
 * in `SpriteOutputFile`), `MediaInfo` probes the input.
 */
export interface SnapshotJob extends JobFields {
  Tag: 'Snapshot';
  Operation?: SnapshotOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link SnapshotJob}. */
export interface SnapshotOperation extends OperationFields {
  MediaInfo?: MediaInfo | undefined;
  MediaResult?: MediaResult | undefined;
  /** The snapshot parameters, when given inline instead of a template. */
  Snapshot?: {
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
