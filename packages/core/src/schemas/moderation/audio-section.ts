import type * as v from 'valibot';
import type * as generated from '../../types/moderation/audio-section.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { AudioHitInfo } from './hit-info.js';

/**
 * One audio segment's result: `Section` of audio jobs, `AudioSection` of video and live jobs.
 * `OffsetTime` and `Duration` are in milliseconds (a live stream's `OffsetTime` is a timestamp).
 */
export const AudioSection: v.GenericSchema<unknown, AudioSection> = node({
  Url: Text,
  Text,
  OffsetTime: Numeric,
  Duration: Numeric,
  Label: Text,
  SubLabel: Text,
  Result: Numeric,
  PornInfo: AudioHitInfo,
  AdsInfo: AudioHitInfo,
});

export type AudioSection = generated.AudioSection;
