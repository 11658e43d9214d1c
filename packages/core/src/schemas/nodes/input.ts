import type * as v from 'valibot';
import type * as generated from '../../types/nodes/input.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';
import { CosHeaderList } from './cos-headers.js';

const JobInputSchema = node({
  Region: Text,
  Bucket: Text,
  BucketId: Text,
  Object: Text,
  Url: Text,
  CosHeaders: CosHeaderList,
});

export type JobInput = generated.JobInput;

/** `JobsDetail.Input`: the object the job read. Older pages name the bucket `BucketId`, newer ones `Bucket`. */
export const JobInput: v.GenericSchema<unknown, JobInput> = JobInputSchema;
