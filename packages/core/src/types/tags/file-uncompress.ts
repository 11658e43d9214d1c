// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';

/** A `FileUncompress` job (文件解压): `Operation.FileUncompressResult` says where the files went and how many. */
export interface FileUncompressJob extends JobFields {
  Tag: 'FileUncompress';
  Operation?: FileUncompressOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link FileUncompressJob}. */
export interface FileUncompressOperation extends OperationFields {
  /** The unpacking parameters, echoed from the request. */
  FileUncompressConfig?: {
    [key: string]: unknown;
  } | undefined;
  FileUncompressResult?: {
    Region?: string | undefined;
    Bucket?: string | undefined;
    /** Documented as String. */
    FileCount?: string | undefined;
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
