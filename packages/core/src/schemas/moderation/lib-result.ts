import type * as v from 'valibot';
import type * as generated from '../../types/moderation/lib-result.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';

/** One `LibResults` entry of an image hit: the risk-library image sample it matched. */
export const ImageLibResult: v.GenericSchema<unknown, ImageLibResult> = node({
  ImageId: Text,
  Score: Numeric,
});

/** One `LibResults` entry of a text or audio hit: the keyword library it matched and the keywords. */
export const TextLibResult: v.GenericSchema<unknown, TextLibResult> = node({
  /** 1 the preset library, 2 a custom one. */
  LibType: Numeric,
  LibName: Text,
  Keywords: list(Text),
});

export type ImageLibResult = generated.ImageLibResult;
export type TextLibResult = generated.TextLibResult;
