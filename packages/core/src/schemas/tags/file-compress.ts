import * as v from 'valibot';
import { Text } from '../fields/text.js';
import { node } from '../fields/node.js';
import { job } from '../job.js';

/** A `FileCompress` job (多文件打包压缩): `Operation.FileCompressResult` names the archive written. */
export const FileCompressJob = job('FileCompress', {
  /** The packing parameters, echoed from the request. */
  FileCompressConfig: node({}),
  FileCompressResult: node({
    Region: Text,
    Bucket: Text,
    Object: Text,
  }),
});

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface FileCompressJob extends v.InferOutput<typeof FileCompressJob> {}
