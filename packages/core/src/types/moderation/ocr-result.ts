// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { ModerationLocation } from './location.js';

/** One `OcrResults` entry of an image hit: the recognized text, the keywords it hit, where it is. */
export interface OcrResult {
  Text?: string | undefined;
  Keywords?: string[] | undefined;
  Location?: ModerationLocation | undefined;
  [key: string]: unknown;
}
