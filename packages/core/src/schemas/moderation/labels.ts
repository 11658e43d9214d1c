import type * as v from 'valibot';
import type * as generated from '../../types/moderation/labels.js';
import { node } from '../fields/node.js';
import { HitSummary } from './hit-info.js';

/** `Labels` of document and web-page jobs: the whole file's result per scene. */
export const ModerationLabels: v.GenericSchema<unknown, ModerationLabels> = node({
  PornInfo: HitSummary,
  AdsInfo: HitSummary,
});

export type ModerationLabels = generated.ModerationLabels;
