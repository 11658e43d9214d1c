import type * as generated from '../../types/tags/file-hash-code.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';

/** A `FileHashCode` job (文件哈希值计算): `Operation.FileHashCodeResult` holds the hashes and size of the object. */
export const FileHashCodeJob: JobSchema<'FileHashCode', FileHashCodeJob> = job('FileHashCode', {
  /** The hash parameters, echoed from the request. */
  FileHashCodeConfig: node({}),
  FileHashCodeResult: node({
    MD5: Text,
    SHA1: Text,
    SHA256: Text,
    FileSize: Numeric,
    LastModified: Text,
    Etag: Text,
  }),
});

export type FileHashCodeJob = generated.FileHashCodeJob;
