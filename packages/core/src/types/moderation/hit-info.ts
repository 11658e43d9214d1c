// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { ImageLibResult, TextLibResult } from './lib-result.js';
import type { ObjectResult } from './object-result.js';
import type { OcrResult } from './ocr-result.js';

/**
 * A scene's job-wide summary: `JobsDetail.PornInfo` of text, audio, video and live, and
 * `Labels.PornInfo` of documents and web pages. Text, video and live give a hit `Count`,
 * audio, documents and pages a `Score`; the node holds both.
 */
export interface HitSummary {
  HitFlag?: number | undefined;
  Count?: number | undefined;
  Score?: number | undefined;
  Label?: string | undefined;
  Category?: string | undefined;
  SubLabel?: string | undefined;
  [key: string]: unknown;
}

/**
 * A scene's result for one image: an image job, a video or live snapshot, a document page,
 * an image of a web page.
 */
export interface ImageHitInfo {
  HitFlag?: number | undefined;
  Score?: number | undefined;
  Label?: string | undefined;
  Category?: string | undefined;
  SubLabel?: string | undefined;
  OcrResults?: OcrResult[] | undefined;
  LibResults?: ImageLibResult[] | undefined;
  ObjectResults?: ObjectResult[] | undefined;
  [key: string]: unknown;
}

/** A scene's result for one text section: text jobs and the text of web pages. `Keywords` is one string. */
export interface TextHitInfo {
  HitFlag?: number | undefined;
  Score?: number | undefined;
  Keywords?: string | undefined;
  SubLabel?: string | undefined;
  LibResults?: TextLibResult[] | undefined;
  [key: string]: unknown;
}

/** A scene's result for one audio section: audio jobs and the sound of videos and live streams. */
export interface AudioHitInfo {
  HitFlag?: number | undefined;
  Score?: number | undefined;
  Category?: string | undefined;
  Keywords?: string[] | undefined;
  LibResults?: TextLibResult[] | undefined;
  [key: string]: unknown;
}
