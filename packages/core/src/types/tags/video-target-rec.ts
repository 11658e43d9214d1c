// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobInput } from '../nodes/input.js';
import type { JobOutput } from '../nodes/output.js';
import type { WorkflowRef } from '../nodes/workflow-ref.js';

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
export interface VideoTargetRecJob {
  Tag: 'VideoTargetRec';
  Operation?: {
    TemplateId?: string | undefined;
    TemplateName?: string | undefined;
    UserData?: string | undefined;
    /** Documented as String; JSON bodies send `0`, which becomes `"0"`. */
    JobLevel?: string | undefined;
    Output?: JobOutput | undefined;
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
