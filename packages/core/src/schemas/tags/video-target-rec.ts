import type * as v from 'valibot';
import type * as generated from '../../types/tags/video-target-rec.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';

// Types from the submit API page (视频目标检测); no callback sample exists.

/** Where the target is in the frame; documented as String. */
const Location = node({
  X: Text,
  Y: Text,
  Height: Text,
  Width: Text,
});

/** One target found: its name, score and place. */
const TargetSchema = node({
  Name: Text,
  Score: Numeric,
  Location,
});
type Target = generated.Target;
const Target: v.GenericSchema<unknown, Target> = TargetSchema;

/** A `VideoTargetRec` job (视频目标检测): `Operation.VideoTargetRecResult` lists the bodies, pets and cars found per frame. */
export const VideoTargetRecJob: JobSchema<'VideoTargetRec', VideoTargetRecJob> = job('VideoTargetRec', {
  /** The detection parameters, when given inline instead of a template. */
  VideoTargetRec: node({}),
  VideoTargetRecResult: node({
    /** One entry per frame: its `Time`, the screenshot `Url` and the targets found. */
    BodyRecognition: list(node({ Time: Text, Url: Text, BodyInfo: list(Target) })),
    PetRecognition: list(node({ Time: Text, Url: Text, PetInfo: list(Target) })),
    CarRecognition: list(node({ Time: Text, Url: Text, CarInfo: list(Target) })),
  }),
});

export type VideoTargetRecJob = generated.VideoTargetRecJob;
