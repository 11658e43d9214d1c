// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';

/** One target found: its name, score and place. */
export interface Target {
  Name?: string | undefined;
  Score?: number | undefined;
  Location?: {
    X?: string | undefined;
    Y?: string | undefined;
    Height?: string | undefined;
    Width?: string | undefined;
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}

/** A `VideoTargetRec` job (视频目标检测): `Operation.VideoTargetRecResult` lists the bodies, pets and cars found per frame. */
export interface VideoTargetRecJob extends JobFields {
  Tag: 'VideoTargetRec';
  Operation?: VideoTargetRecOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link VideoTargetRecJob}. */
export interface VideoTargetRecOperation extends OperationFields {
  /** The detection parameters, when given inline instead of a template. */
  VideoTargetRec?: {
    [key: string]: unknown;
  } | undefined;
  VideoTargetRecResult?: {
    /** One entry per frame: its `Time`, the screenshot `Url` and the targets found. */
    BodyRecognition?: {
      Time?: string | undefined;
      Url?: string | undefined;
      BodyInfo?: Target[] | undefined;
      [key: string]: unknown;
    }[] | undefined;
    PetRecognition?: {
      Time?: string | undefined;
      Url?: string | undefined;
      PetInfo?: Target[] | undefined;
      [key: string]: unknown;
    }[] | undefined;
    CarRecognition?: {
      Time?: string | undefined;
      Url?: string | undefined;
      CarInfo?: Target[] | undefined;
      [key: string]: unknown;
    }[] | undefined;
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
