import type * as generated from '../../types/tags/pic-process.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';

// The submit API (CreatePicJobs) types PicProcessResult only as "same as the UploadResult node of
// persistent image processing"; that page (数据万象/API 文档/图片处理/图片持久化处理) types Width,
// Height, Quality, Orientation and Size as Int, which the numbers here follow. The callback names
// the processed image `ProcessResult` (UploadResult: `ProcessResults.Object`).

/** `PicProcessResult.OriginalInfo`: the input image. */
const OriginalInfo = node({
  Etag: Text,
  ImageInfo: node({
    Format: Text,
    Width: Numeric,
    Height: Numeric,
    Quality: Numeric,
    /** Average colour, e.g. `0xc64847`. */
    Ave: Text,
    Orientation: Numeric,
  }),
});

/** `PicProcessResult.ProcessResult`: the image written. */
const ProcessResult = node({
  Etag: Text,
  Format: Text,
  Width: Numeric,
  Height: Numeric,
  Size: Numeric,
  Quality: Numeric,
});

/** A `PicProcess` job (图片处理): `Operation.PicProcessResult` describes the input image and the image written. */
export const PicProcessJob: JobSchema<'PicProcess', PicProcessJob> = job('PicProcess', {
  /** The processing parameters (`IsPicInfo`, `ProcessRule`), when given inline instead of a template. */
  PicProcess: node({}),
  PicProcessResult: node({
    ObjectName: Text,
    OriginalInfo,
    ProcessResult,
  }),
});

export type PicProcessJob = generated.PicProcessJob;
