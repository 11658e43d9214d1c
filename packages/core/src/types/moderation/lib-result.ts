// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.

/** One `LibResults` entry of an image hit: the risk-library image sample it matched. */
export interface ImageLibResult {
  ImageId?: string | undefined;
  Score?: number | undefined;
  [key: string]: unknown;
}

/** One `LibResults` entry of a text or audio hit: the keyword library it matched and the keywords. */
export interface TextLibResult {
  /** 1 the preset library, 2 a custom one. */
  LibType?: number | undefined;
  LibName?: string | undefined;
  Keywords?: string[] | undefined;
  [key: string]: unknown;
}
