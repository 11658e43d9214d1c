import type * as generated from '../../types/tags/translation.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';

/** A `Translation` job (翻译): `Operation.AITranslateResult.Result` holds the translation when no file is written. */
export const TranslationJob: JobSchema<'Translation', TranslationJob> = job('Translation', {
  /** The translation parameters (both String in the request table). */
  Translation: node({
    Lang: Text,
    Type: Text,
  }),
  AITranslateResult: node({
    Result: Text,
  }),
  // The table's parent column puts Result under Operation while its heading puts it under
  // AITranslateResult; typed at both places so either reading parses.
  Result: Text,
});

export type TranslationJob = generated.TranslationJob;
