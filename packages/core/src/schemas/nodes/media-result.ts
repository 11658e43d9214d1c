import type * as v from 'valibot';
import type * as generated from '../../types/nodes/media-result.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';

/** `OutputFile.Md5Info`: the MD5 of each object written. The submit-API table types `Md5` as Container; every sample shows text. */
const Md5Info = list(
  node({
    ObjectName: Text,
    Md5: Text,
  }),
);

const OutputFileEntries = {
  Bucket: Text,
  Region: Text,
  /** Documented as a String array: a job may write several objects. */
  ObjectName: list(Text),
  ObjectPrefix: Text,
  Md5Info,
};

const MediaResultSchema = node({
  OutputFile: node({
    ...OutputFileEntries,
    /** Snapshot sprite images, when the template asked for them. */
    SpriteOutputFile: node(OutputFileEntries),
  }),
});

export type MediaResult = generated.MediaResult;

/** `Operation.MediaResult`: the objects a media job wrote. */
export const MediaResult: v.GenericSchema<unknown, MediaResult> = MediaResultSchema;
