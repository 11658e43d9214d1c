import * as v from 'valibot';
import { node } from '../fields/node.js';
import { HitSummary } from './hit-info.js';
import type * as generated from '../../types/moderation/labels.js';

/** `Labels` of document and web-page jobs: the whole file's result per scene. */
export const ModerationLabels: v.GenericSchema<unknown, ModerationLabels> = node({
  PornInfo: HitSummary,
  AdsInfo: HitSummary,
});

export type ModerationLabels = generated.ModerationLabels;
