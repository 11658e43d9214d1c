// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.

/** One COS object header as a job or workflow callback carries it: `{ Key, Value }`. */
export interface CosHeader {
  Key?: string | undefined;
  Value?: string | undefined;
  [key: string]: unknown;
}
