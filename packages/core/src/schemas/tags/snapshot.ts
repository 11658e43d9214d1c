import type * as generated from '../../types/tags/snapshot.js';
import { node } from '../fields/node.js';
import { type JobSchema, job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/**
 * A `Snapshot` job (截帧): `Operation.MediaResult` lists the frames written (and the sprite images
 * in `SpriteOutputFile`), `MediaInfo` probes the input.
 */
export const SnapshotJob: JobSchema<'Snapshot', SnapshotJob> = job('Snapshot', {
  MediaInfo,
  MediaResult,
  /** The snapshot parameters, when given inline instead of a template. */
  Snapshot: node({}),
});

export type SnapshotJob = generated.SnapshotJob;
