// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.

/**
 * `CosHeaders` / `cos_headers` of moderation callbacks: the custom headers set at upload, as a
 * map `{ "x-cos-meta-id": "xxxx" }` (unlike job callbacks, which send a `{ Key, Value }` list).
 */
export interface ModerationCosHeaders {
  [key: string]: string;
}
