import * as v from 'valibot';
import { Text } from '../fields/text.js';
import { node } from '../fields/node.js';
import { CosHeaderList } from './cos-headers.js';

const JobInputSchema = node({
  Region: Text,
  Bucket: Text,
  BucketId: Text,
  Object: Text,
  Url: Text,
  CosHeaders: CosHeaderList,
});

/** `JobsDetail.Input`: the object the job read. Older pages name the bucket `BucketId`, newer ones `Bucket`. */
export interface JobInput extends v.InferOutput<typeof JobInputSchema> {}

/** `JobsDetail.Input`: the object the job read. Older pages name the bucket `BucketId`, newer ones `Bucket`. */
export const JobInput: v.GenericSchema<unknown, JobInput> = JobInputSchema;

