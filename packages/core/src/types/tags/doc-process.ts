// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobInput } from '../nodes/input.js';
import type { JobOutput } from '../nodes/output.js';
import type { WorkflowRef } from '../nodes/workflow-ref.js';

/** A `DocProcess` job (文档转码): `Operation.DocProcessResult` lists the pages written and the page counts. */
export interface DocProcessJob {
  Tag: 'DocProcess';
  Operation?: {
    TemplateId?: string | undefined;
    TemplateName?: string | undefined;
    UserData?: string | undefined;
    /** Documented as String; JSON bodies send `0`, which becomes `"0"`. */
    JobLevel?: string | undefined;
    Output?: JobOutput | undefined;
    /** The conversion parameters, echoed from the request. */
    DocProcess?: {
      [key: string]: unknown;
    } | undefined;
    DocProcessResult?: {
      PageInfo?: {
        PageNo?: string | undefined;
        TgtUri?: string | undefined;
        'X-SheetPics'?: number | undefined;
        PicIndex?: number | undefined;
        PicNum?: number | undefined;
        [key: string]: unknown;
      }[] | undefined;
      TgtType?: string | undefined;
      TotalPageCount?: number | undefined;
      SuccPageCount?: number | undefined;
      FailPageCount?: number | undefined;
      TotalSheetCount?: number | undefined;
      /** In the samples only (always empty there). */
      TaskId?: string | undefined;
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
