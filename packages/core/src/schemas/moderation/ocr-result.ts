import type * as v from 'valibot';
import type * as generated from '../../types/moderation/ocr-result.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';
import { ModerationLocation } from './location.js';

/** One `OcrResults` entry of an image hit: the recognized text, the keywords it hit, where it is. */
export const OcrResult: v.GenericSchema<unknown, OcrResult> = node({
  Text,
  Keywords: list(Text),
  Location: ModerationLocation,
});

export type OcrResult = generated.OcrResult;
