// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';

/** A `FileCompress` job (多文件打包压缩): `Operation.FileCompressResult` names the archive written. */
export interface FileCompressJob extends JobFields {
  Tag: 'FileCompress';
  Operation?: FileCompressOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link FileCompressJob}. */
export interface FileCompressOperation extends OperationFields {
  /** The packing parameters, echoed from the request. */
  FileCompressConfig?: {
    [key: string]: unknown;
  } | undefined;
  FileCompressResult?: {
    Region?: string | undefined;
    Bucket?: string | undefined;
    Object?: string | undefined;
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
