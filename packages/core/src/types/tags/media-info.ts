// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';
import type { MediaInfo } from '../nodes/media-info.js';

/** A `MediaInfo` job (获取媒体信息): `Operation.MediaInfo` is the probe of the input file. */
export interface MediaInfoJob extends JobFields {
  Tag: 'MediaInfo';
  Operation?: MediaInfoOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link MediaInfoJob}. */
export interface MediaInfoOperation extends OperationFields {
  MediaInfo?: MediaInfo | undefined;
  [key: string]: unknown;
}
