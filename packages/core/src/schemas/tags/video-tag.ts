import * as v from 'valibot';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { job } from '../job.js';

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
// A named type ends the declaration's nesting here: see fields/node.ts.
interface PersonTag extends v.InferOutput<typeof PersonTagSchema> {}
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
// A named type ends the declaration's nesting here: see fields/node.ts.
interface PlaceTag extends v.InferOutput<typeof PlaceTagSchema> {}
const PlaceTag: v.GenericSchema<unknown, PlaceTag> = PlaceTagSchema;

const ActionTagSchema = node({
  Tags: list(Label),
  StartTime: Text,
  EndTime: Text,
});
// A named type ends the declaration's nesting here: see fields/node.ts.
interface ActionTag extends v.InferOutput<typeof ActionTagSchema> {}
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
// A named type ends the declaration's nesting here: see fields/node.ts.
interface ObjectTag extends v.InferOutput<typeof ObjectTagSchema> {}
const ObjectTag: v.GenericSchema<unknown, ObjectTag> = ObjectTagSchema;

/** A `VideoTag` job (视频标签): `Operation.VideoTagResult.StreamData.Data` holds the labels found. */
export const VideoTagJob = job('VideoTag', {
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

// An interface, not an alias: declarations then name the job instead of spelling it out.
export interface VideoTagJob extends v.InferOutput<typeof VideoTagJob> {}
