import type * as v from 'valibot';
import type * as generated from '../../types/moderation/object-result.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';
import { ModerationLocation } from './location.js';

/**
 * One `ObjectResults` entry of an image hit: a recognized object (e.g. a person's name) and
 * where it is. The pages table it under a heading no other row names (`**.ObjectResults`);
 * it belongs to the image hit info, next to `OcrResults`.
 */
export const ObjectResult: v.GenericSchema<unknown, ObjectResult> = node({
  Name: Text,
  Location: ModerationLocation,
});

export type ObjectResult = generated.ObjectResult;
