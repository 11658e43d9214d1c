import * as v from 'valibot';
import { node } from '../fields/node.js';
import { job } from '../job.js';
import { MediaInfo } from '../nodes/media-info.js';
import { MediaResult } from '../nodes/media-result.js';

/**
 * A `Snapshot` job (截帧): `Operation.MediaResult` lists the frames written (and the sprite images
 * in `SpriteOutputFile`), `MediaInfo` probes the input.
 */
export const SnapshotJob = job('Snapshot', {
  MediaInfo,
  MediaResult,
  /** The snapshot parameters, when given inline instead of a template. */
  Snapshot: node({}),
});

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface SnapshotJob extends v.InferOutput<typeof SnapshotJob> {}
