// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';

/** A `Translation` job (翻译): `Operation.AITranslateResult.Result` holds the translation when no file is written. */
export interface TranslationJob extends JobFields {
  Tag: 'Translation';
  Operation?: TranslationOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link TranslationJob}. */
export interface TranslationOperation extends OperationFields {
  /** The translation parameters (both String in the request table). */
  Translation?: {
    Lang?: string | undefined;
    Type?: string | undefined;
    [key: string]: unknown;
  } | undefined;
  AITranslateResult?: {
    Result?: string | undefined;
    [key: string]: unknown;
  } | undefined;
  Result?: string | undefined;
  [key: string]: unknown;
}
