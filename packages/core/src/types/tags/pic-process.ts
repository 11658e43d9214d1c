// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';

/** A `PicProcess` job (图片处理): `Operation.PicProcessResult` describes the input image and the image written. */
export interface PicProcessJob extends JobFields {
  Tag: 'PicProcess';
  Operation?: PicProcessOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link PicProcessJob}. */
export interface PicProcessOperation extends OperationFields {
  /** The processing parameters (`IsPicInfo`, `ProcessRule`), when given inline instead of a template. */
  PicProcess?: {
    [key: string]: unknown;
  } | undefined;
  PicProcessResult?: {
    ObjectName?: string | undefined;
    OriginalInfo?: {
      Etag?: string | undefined;
      ImageInfo?: {
        Format?: string | undefined;
        Width?: number | undefined;
        Height?: number | undefined;
        Quality?: number | undefined;
        /** Average colour, e.g. `0xc64847`. */
        Ave?: string | undefined;
        Orientation?: number | undefined;
        [key: string]: unknown;
      } | undefined;
      [key: string]: unknown;
    } | undefined;
    ProcessResult?: {
      Etag?: string | undefined;
      Format?: string | undefined;
      Width?: number | undefined;
      Height?: number | undefined;
      Size?: number | undefined;
      Quality?: number | undefined;
      [key: string]: unknown;
    } | undefined;
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
