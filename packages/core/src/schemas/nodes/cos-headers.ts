import * as v from 'valibot';
import { Text } from '../fields/text.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';

const CosHeaderSchema = node({
  Key: Text,
  Value: Text,
});

/** One COS object header as a job or workflow callback carries it: `{ Key, Value }`. */
export interface CosHeader extends v.InferOutput<typeof CosHeaderSchema> {}

/** One COS object header as a job or workflow callback carries it: `{ Key, Value }`. */
export const CosHeader: v.GenericSchema<unknown, CosHeader> = CosHeaderSchema;

/** `CosHeaders` of job and workflow callbacks: always a list of `{ Key, Value }`. */
export const CosHeaderList = list(CosHeader);

/** A job's or workflow's COS header. */
