// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { ModerationLocation } from './location.js';

/**
 * One `ObjectResults` entry of an image hit: a recognized object (e.g. a person's name) and
 * where it is. The pages table it under a heading no other row names (`**.ObjectResults`);
 * it belongs to the image hit info, next to `OcrResults`.
 */
export interface ObjectResult {
  Name?: string | undefined;
  Location?: ModerationLocation | undefined;
  [key: string]: unknown;
}
