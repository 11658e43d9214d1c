import type * as generated from '../../types/tags/doc-process.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';

// Types from the DescribeDocProcessJob page (查询指定的文档转码任务); no callback sample exists.
// Three table cells contradict the samples on that same page, and the samples win.

/** One page (or, for Excel, one sheet image) written by the job. */
const DocPage = node({
  // Documented as Container, but the samples carry the page number as text (<PageNo>2</PageNo>).
  PageNo: Text,
  // Documented as Int, but it is the COS path written (<TgtUri>big/test-1</TgtUri>).
  TgtUri: Text,
  'X-SheetPics': Numeric,
  PicIndex: Numeric,
  PicNum: Numeric,
});

/** A `DocProcess` job (文档转码): `Operation.DocProcessResult` lists the pages written and the page counts. */
export const DocProcessJob: JobSchema<'DocProcess', DocProcessJob> = job('DocProcess', {
  /** The conversion parameters, echoed from the request. */
  DocProcess: node({}),
  DocProcessResult: node({
    // Documented as Container, but the Excel sample repeats it, one per image written.
    PageInfo: list(DocPage),
    TgtType: Text,
    TotalPageCount: Numeric,
    SuccPageCount: Numeric,
    FailPageCount: Numeric,
    TotalSheetCount: Numeric,
    /** In the samples only (always empty there). */
    TaskId: Text,
  }),
});

export type DocProcessJob = generated.DocProcessJob;
