import type * as generated from '../../types/tags/file-compress.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';

/** A `FileCompress` job (多文件打包压缩): `Operation.FileCompressResult` names the archive written. */
export const FileCompressJob: JobSchema<'FileCompress', FileCompressJob> = job('FileCompress', {
  /** The packing parameters, echoed from the request. */
  FileCompressConfig: node({}),
  FileCompressResult: node({
    Region: Text,
    Bucket: Text,
    Object: Text,
  }),
});

export type FileCompressJob = generated.FileCompressJob;
