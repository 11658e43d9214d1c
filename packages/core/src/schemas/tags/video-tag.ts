import type * as v from 'valibot';
import type * as generated from '../../types/tags/video-tag.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';

// Types from the submit API's response table (提交视频标签任务). PlaceTags.Tags and ActionTags.Tags
// are documented as "same as Data.Tags", Objects.BBox as "same as DetailPerSecond.BBox".

/** A label with its score in [0, 1]; `TagCls` is absent for video categories. */
const Label = node({
  Tag: Text,
  TagCls: Text,
  Confidence: Numeric,
});

/** A box, coordinates relative to the frame with the origin top left; documented as String. */
const BBox = node({
  X1: Text,
  Y1: Text,
  X2: Text,
  Y2: Text,
});

const PersonTagSchema = node({
  Name: Text,
  Confidence: Numeric,
  /** Documented as String. */
  Count: Text,
  DetailPerSecond: list(
    node({
      TimeStamp: Text,
      Confidence: Numeric,
      BBox: list(BBox),
    }),
  ),
});
type PersonTag = generated.PersonTag;
const PersonTag: v.GenericSchema<unknown, PersonTag> = PersonTagSchema;

const PlaceTagSchema = node({
  Tags: list(Label),
  StartTime: Text,
  EndTime: Text,
  StartIndex: Text,
  EndIndex: Text,
  // Documented as String, but the samples repeat it (one top-1 result per frame, "办公室:0.55").
  ClipFrameResult: list(Text),
});
type PlaceTag = generated.PlaceTag;
const PlaceTag: v.GenericSchema<unknown, PlaceTag> = PlaceTagSchema;

const ActionTagSchema = node({
  Tags: list(Label),
  StartTime: Text,
  EndTime: Text,
});
type ActionTag = generated.ActionTag;
const ActionTag: v.GenericSchema<unknown, ActionTag> = ActionTagSchema;

const ObjectTagSchema = node({
  Objects: list(
    node({
      Name: Text,
      Confidence: Numeric,
      BBox: list(BBox),
    }),
  ),
  TimeStamp: Text,
});
type ObjectTag = generated.ObjectTag;
const ObjectTag: v.GenericSchema<unknown, ObjectTag> = ObjectTagSchema;

/** A `VideoTag` job (视频标签): `Operation.VideoTagResult.StreamData.Data` holds the labels found. */
export const VideoTagJob: JobSchema<'VideoTag', VideoTagJob> = job('VideoTag', {
  /** The tagging parameters (`Scenario`), echoed from the request. */
  VideoTag: node({
    Scenario: Text,
  }),
  VideoTagResult: node({
    StreamData: node({
      /** Algorithm status: `0` on success. */
      SubErrCode: Text,
      SubErrMsg: Text,
      Data: node({
        // Documented as Container, but the samples repeat it (one entry per label).
        Tags: list(Label),
        PersonTags: list(PersonTag),
        PlaceTags: list(PlaceTag),
        ActionTags: list(ActionTag),
        ObjectTags: list(ObjectTag),
      }),
    }),
  }),
});

export type VideoTagJob = generated.VideoTagJob;
