import type * as generated from '../../types/tags/file-uncompress.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';

/** A `FileUncompress` job (文件解压): `Operation.FileUncompressResult` says where the files went and how many. */
export const FileUncompressJob: JobSchema<'FileUncompress', FileUncompressJob> = job('FileUncompress', {
  /** The unpacking parameters, echoed from the request. */
  FileUncompressConfig: node({}),
  FileUncompressResult: node({
    Region: Text,
    Bucket: Text,
    /** Documented as String. */
    FileCount: Text,
  }),
});

export type FileUncompressJob = generated.FileUncompressJob;
