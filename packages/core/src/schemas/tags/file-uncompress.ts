import * as v from 'valibot';
import { Text } from '../fields/text.js';
import { node } from '../fields/node.js';
import { job } from '../job.js';

/** A `FileUncompress` job (文件解压): `Operation.FileUncompressResult` says where the files went and how many. */
export const FileUncompressJob = job('FileUncompress', {
  /** The unpacking parameters, echoed from the request. */
  FileUncompressConfig: node({}),
  FileUncompressResult: node({
    Region: Text,
    Bucket: Text,
    /** Documented as String. */
    FileCount: Text,
  }),
});

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface FileUncompressJob extends v.InferOutput<typeof FileUncompressJob> {}
