import * as v from 'valibot';
import type * as generated from '../../types/moderation/cos-headers.js';
import { Text } from '../fields/text.js';

/**
 * `CosHeaders` / `cos_headers` of moderation callbacks: the custom headers set at upload, as a
 * map `{ "x-cos-meta-id": "xxxx" }` (unlike job callbacks, which send a `{ Key, Value }` list).
 */
export const ModerationCosHeaders: v.GenericSchema<unknown, ModerationCosHeaders> = v.record(v.string(), Text);

export type ModerationCosHeaders = generated.ModerationCosHeaders;
