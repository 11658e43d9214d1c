// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.

/** `Operation.DigitalWatermark`: the digital (invisible) watermark a media job embedded, and whether that worked. */
export interface DigitalWatermarkResult {
  Type?: string | undefined;
  Version?: string | undefined;
  Message?: string | undefined;
  State?: string | undefined;
  IgnoreError?: string | undefined;
  [key: string]: unknown;
}
