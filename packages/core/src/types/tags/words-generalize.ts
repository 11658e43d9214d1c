// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';

/**
 * A `WordsGeneralize` job (分词): `Operation.WordsGeneralizeResult` lists the labelled words and
 * the tokens (field names as Tencent spells them, `Lable` included).
 */
export interface WordsGeneralizeJob extends JobFields {
  Tag: 'WordsGeneralize';
  Operation?: WordsGeneralizeOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link WordsGeneralizeJob}. */
export interface WordsGeneralizeOperation extends OperationFields {
  /** The segmentation parameters (`NerMethod`, `SegMethod`), echoed from the request. */
  WordsGeneralize?: {
    NerMethod?: string | undefined;
    SegMethod?: string | undefined;
    [key: string]: unknown;
  } | undefined;
  WordsGeneralizeResult?: {
    WordsGeneralizeLable?: {
      Category?: string | undefined;
      Word?: string | undefined;
      [key: string]: unknown;
    }[] | undefined;
    /** Documented as string, `Offset` and `Length` included. */
    WordsGeneralizeToken?: {
      Word?: string | undefined;
      Offset?: string | undefined;
      Length?: string | undefined;
      /** Part of speech, e.g. `v`, `nx`. */
      Pos?: string | undefined;
      [key: string]: unknown;
    }[] | undefined;
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
