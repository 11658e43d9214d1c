// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';

/** A `FileHashCode` job (文件哈希值计算): `Operation.FileHashCodeResult` holds the hashes and size of the object. */
export interface FileHashCodeJob extends JobFields {
  Tag: 'FileHashCode';
  Operation?: FileHashCodeOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link FileHashCodeJob}. */
export interface FileHashCodeOperation extends OperationFields {
  /** The hash parameters, echoed from the request. */
  FileHashCodeConfig?: {
    [key: string]: unknown;
  } | undefined;
  FileHashCodeResult?: {
    MD5?: string | undefined;
    SHA1?: string | undefined;
    SHA256?: string | undefined;
    FileSize?: number | undefined;
    LastModified?: string | undefined;
    Etag?: string | undefined;
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
