// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.

/** `Location`: the detection frame of an OCR text or recognized object, in pixels and degrees. */
export interface ModerationLocation {
  X?: number | undefined;
  Y?: number | undefined;
  Height?: number | undefined;
  Width?: number | undefined;
  Rotate?: number | undefined;
  [key: string]: unknown;
}
