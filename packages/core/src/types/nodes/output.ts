// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.

/** `Operation.Output`: where the job was told to write. */
export interface JobOutput {
  Region?: string | undefined;
  Bucket?: string | undefined;
  Object?: string | undefined;
  /** Snapshot sprite object name. */
  SpriteObject?: string | undefined;
  /** VoiceSeparate audio object name. */
  AuObject?: string | undefined;
  /** StreamExtract: one output object per extracted stream. */
  StreamExtract?: {
    Index?: number | undefined;
    Output?: string | undefined;
    [key: string]: unknown;
  }[] | undefined;
  [key: string]: unknown;
}
