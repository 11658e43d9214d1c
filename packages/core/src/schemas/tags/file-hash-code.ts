import * as v from 'valibot';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { node } from '../fields/node.js';
import { job } from '../job.js';

/** A `FileHashCode` job (文件哈希值计算): `Operation.FileHashCodeResult` holds the hashes and size of the object. */
export const FileHashCodeJob = job('FileHashCode', {
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

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface FileHashCodeJob extends v.InferOutput<typeof FileHashCodeJob> {}
