import type * as v from 'valibot';
import type * as generated from '../../types/nodes/output.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';

const JobOutputSchema = node({
  Region: Text,
  Bucket: Text,
  Object: Text,
  /** Snapshot sprite object name. */
  SpriteObject: Text,
  /** VoiceSeparate audio object name. */
  AuObject: Text,
  /** StreamExtract: one output object per extracted stream. */
  StreamExtract: list(
    node({
      Index: Numeric,
      Output: Text,
    }),
  ),
});

export type JobOutput = generated.JobOutput;

/** `Operation.Output`: where the job was told to write. */
export const JobOutput: v.GenericSchema<unknown, JobOutput> = JobOutputSchema;
