import type * as v from 'valibot';
import type * as generated from '../../types/moderation/hit-info.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { ImageLibResult, TextLibResult } from './lib-result.js';
import { ObjectResult } from './object-result.js';
import { OcrResult } from './ocr-result.js';

// One scene's result (`PornInfo`, `AdsInfo`, `IllegalInfo`, `AbuseInfo`). The children depend on
// what was moderated, and `Keywords` is String for text but Array for audio, so there is one
// node per granularity rather than one for all.

/**
 * A scene's job-wide summary: `JobsDetail.PornInfo` of text, audio, video and live, and
 * `Labels.PornInfo` of documents and web pages. Text, video and live give a hit `Count`,
 * audio, documents and pages a `Score`; the node holds both.
 */
export const HitSummary: v.GenericSchema<unknown, HitSummary> = node({
  HitFlag: Numeric,
  Count: Numeric,
  Score: Numeric,
  Label: Text,
  Category: Text,
  SubLabel: Text,
});

/**
 * A scene's result for one image: an image job, a video or live snapshot, a document page,
 * an image of a web page.
 */
export const ImageHitInfo: v.GenericSchema<unknown, ImageHitInfo> = node({
  HitFlag: Numeric,
  Score: Numeric,
  Label: Text,
  Category: Text,
  SubLabel: Text,
  OcrResults: list(OcrResult),
  LibResults: list(ImageLibResult),
  ObjectResults: list(ObjectResult),
});

/** A scene's result for one text section: text jobs and the text of web pages. `Keywords` is one string. */
export const TextHitInfo: v.GenericSchema<unknown, TextHitInfo> = node({
  HitFlag: Numeric,
  Score: Numeric,
  Keywords: Text,
  SubLabel: Text,
  LibResults: list(TextLibResult),
});

/** A scene's result for one audio section: audio jobs and the sound of videos and live streams. */
export const AudioHitInfo: v.GenericSchema<unknown, AudioHitInfo> = node({
  HitFlag: Numeric,
  Score: Numeric,
  Category: Text,
  Keywords: list(Text),
  LibResults: list(TextLibResult),
});

export type HitSummary = generated.HitSummary;
export type ImageHitInfo = generated.ImageHitInfo;
export type TextHitInfo = generated.TextHitInfo;
export type AudioHitInfo = generated.AudioHitInfo;
