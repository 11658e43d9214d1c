// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.

/** `Operation.MediaResult`: the objects a media job wrote. */
export interface MediaResult {
  OutputFile?: {
    /** Snapshot sprite images, when the template asked for them. */
    SpriteOutputFile?: {
      Bucket?: string | undefined;
      Region?: string | undefined;
      /** Documented as a String array: a job may write several objects. */
      ObjectName?: string[] | undefined;
      ObjectPrefix?: string | undefined;
      Md5Info?: {
        ObjectName?: string | undefined;
        Md5?: string | undefined;
        [key: string]: unknown;
      }[] | undefined;
      [key: string]: unknown;
    } | undefined;
    Bucket?: string | undefined;
    Region?: string | undefined;
    /** Documented as a String array: a job may write several objects. */
    ObjectName?: string[] | undefined;
    ObjectPrefix?: string | undefined;
    Md5Info?: {
      ObjectName?: string | undefined;
      Md5?: string | undefined;
      [key: string]: unknown;
    }[] | undefined;
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
