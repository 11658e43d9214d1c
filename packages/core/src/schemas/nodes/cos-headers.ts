import type * as v from 'valibot';
import type * as generated from '../../types/nodes/cos-headers.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';

const CosHeaderSchema = node({
  Key: Text,
  Value: Text,
});

export type CosHeader = generated.CosHeader;

/** One COS object header as a job or workflow callback carries it: `{ Key, Value }`. */
export const CosHeader: v.GenericSchema<unknown, CosHeader> = CosHeaderSchema;

/** `CosHeaders` of job and workflow callbacks: always a list of `{ Key, Value }`. */
export const CosHeaderList = list(CosHeader);

/** A job's or workflow's COS header. */
