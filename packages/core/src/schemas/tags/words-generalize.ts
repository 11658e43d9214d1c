import type * as generated from '../../types/tags/words-generalize.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';

/**
 * A `WordsGeneralize` job (分词): `Operation.WordsGeneralizeResult` lists the labelled words and
 * the tokens (field names as Tencent spells them, `Lable` included).
 */
export const WordsGeneralizeJob: JobSchema<'WordsGeneralize', WordsGeneralizeJob> = job('WordsGeneralize', {
  /** The segmentation parameters (`NerMethod`, `SegMethod`), echoed from the request. */
  WordsGeneralize: node({
    NerMethod: Text,
    SegMethod: Text,
  }),
  WordsGeneralizeResult: node({
    WordsGeneralizeLable: list(
      node({
        Category: Text,
        Word: Text,
      }),
    ),
    /** Documented as string, `Offset` and `Length` included. */
    WordsGeneralizeToken: list(
      node({
        Word: Text,
        Offset: Text,
        Length: Text,
        /** Part of speech, e.g. `v`, `nx`. */
        Pos: Text,
      }),
    ),
  }),
});

export type WordsGeneralizeJob = generated.WordsGeneralizeJob;
