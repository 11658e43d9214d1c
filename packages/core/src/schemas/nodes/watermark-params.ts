import type * as v from 'valibot';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';

/**
 * `Operation.Watermark` of media jobs that can burn in watermarks (Transcode, SuperResolution,
 * SDRtoHDR, VideoProcess, Watermark): the inline watermark parameters, one entry per watermark
 * (documented as Container array, up to three). They echo the request, so they stay opaque.
 */
export const WatermarkParams = list(node({}));

/** `Operation.WatermarkTemplateId` of the same jobs: the watermark templates applied (String array, up to three). */
export const WatermarkTemplateIds = list(Text);

export type WatermarkParams = v.InferOutput<typeof WatermarkParams>;
export type WatermarkTemplateIds = v.InferOutput<typeof WatermarkTemplateIds>;
