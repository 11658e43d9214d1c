// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobInput } from '../nodes/input.js';
import type { JobOutput } from '../nodes/output.js';
import type { WorkflowRef } from '../nodes/workflow-ref.js';

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
export interface VideoTagJob {
  Tag: 'VideoTag';
  Operation?: {
    TemplateId?: string | undefined;
    TemplateName?: string | undefined;
    UserData?: string | undefined;
    /** Documented as String; JSON bodies send `0`, which becomes `"0"`. */
    JobLevel?: string | undefined;
    Output?: JobOutput | undefined;
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
  } | undefined;
  Code?: string | undefined;
  Message?: string | undefined;
  JobId?: string | undefined;
  State?: string | undefined;
  /** Documented as String (percent done); `"100"` when finished. */
  Progress?: string | undefined;
  CreationTime?: string | undefined;
  /**
   * Text, as documented: job lookups and submit answers show `-` here while a job runs, so a
   * time is parsed on demand (`parseCiTime`, which refuses `-`), never by the schema.
   */
  StartTime?: string | undefined;
  EndTime?: string | undefined;
  QueueId?: string | undefined;
  /** Sub-type of some AI jobs (e.g. WordsGeneralize). */
  SubTag?: string | undefined;
  Input?: JobInput | undefined;
  Workflow?: WorkflowRef | undefined;
  [key: string]: unknown;
}
