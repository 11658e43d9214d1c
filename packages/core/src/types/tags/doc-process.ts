// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';

/** A `DocProcess` job (文档转码): `Operation.DocProcessResult` lists the pages written and the page counts. */
export interface DocProcessJob extends JobFields {
  Tag: 'DocProcess';
  Operation?: DocProcessOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link DocProcessJob}. */
export interface DocProcessOperation extends OperationFields {
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
}
