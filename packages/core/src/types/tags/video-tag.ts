// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';

export interface PersonTag {
  Name?: string | undefined;
  Confidence?: number | undefined;
  /** Documented as String. */
  Count?: string | undefined;
  DetailPerSecond?: {
    TimeStamp?: string | undefined;
    Confidence?: number | undefined;
    BBox?: {
      X1?: string | undefined;
      Y1?: string | undefined;
      X2?: string | undefined;
      Y2?: string | undefined;
      [key: string]: unknown;
    }[] | undefined;
    [key: string]: unknown;
  }[] | undefined;
  [key: string]: unknown;
}

export interface PlaceTag {
  Tags?: {
    Tag?: string | undefined;
    TagCls?: string | undefined;
    Confidence?: number | undefined;
    [key: string]: unknown;
  }[] | undefined;
  StartTime?: string | undefined;
  EndTime?: string | undefined;
  StartIndex?: string | undefined;
  EndIndex?: string | undefined;
  ClipFrameResult?: string[] | undefined;
  [key: string]: unknown;
}

export interface ActionTag {
  Tags?: {
    Tag?: string | undefined;
    TagCls?: string | undefined;
    Confidence?: number | undefined;
    [key: string]: unknown;
  }[] | undefined;
  StartTime?: string | undefined;
  EndTime?: string | undefined;
  [key: string]: unknown;
}

export interface ObjectTag {
  Objects?: {
    Name?: string | undefined;
    Confidence?: number | undefined;
    BBox?: {
      X1?: string | undefined;
      Y1?: string | undefined;
      X2?: string | undefined;
      Y2?: string | undefined;
      [key: string]: unknown;
    }[] | undefined;
    [key: string]: unknown;
  }[] | undefined;
  TimeStamp?: string | undefined;
  [key: string]: unknown;
}

/** A `VideoTag` job (视频标签): `Operation.VideoTagResult.StreamData.Data` holds the labels found. */
export interface VideoTagJob extends JobFields {
  Tag: 'VideoTag';
  Operation?: VideoTagOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link VideoTagJob}. */
export interface VideoTagOperation extends OperationFields {
  /** The tagging parameters (`Scenario`), echoed from the request. */
  VideoTag?: {
    Scenario?: string | undefined;
    [key: string]: unknown;
  } | undefined;
  VideoTagResult?: {
    StreamData?: {
      /** Algorithm status: `0` on success. */
      SubErrCode?: string | undefined;
      SubErrMsg?: string | undefined;
      Data?: {
        Tags?: {
          Tag?: string | undefined;
          TagCls?: string | undefined;
          Confidence?: number | undefined;
          [key: string]: unknown;
        }[] | undefined;
        PersonTags?: PersonTag[] | undefined;
        PlaceTags?: PlaceTag[] | undefined;
        ActionTags?: ActionTag[] | undefined;
        ObjectTags?: ObjectTag[] | undefined;
        [key: string]: unknown;
      } | undefined;
      [key: string]: unknown;
    } | undefined;
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
