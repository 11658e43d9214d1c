import * as v from 'valibot';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';

// Types from the MediaInfo structure of the media-info API page (数据万象 获取媒体信息), the
// structure every media job's `Operation.MediaInfo` reuses. Two deviations: the table types
// `Video.Fps` as Int, but CI sends ratios such as "50/1", so it is text here; and it types the
// streams as Containers, but a file has as many as it has (the VoiceSeparate samples repeat
// `<Audio>`), so `Video`, `Audio` and `Subtitle` are all lists.

/** The children every stream has: which stream it is, its codec and its timing. */
const streamEntries = {
  Index: Numeric,
  CodecName: Text,
  CodecLongName: Text,
  CodecTimeBase: Text,
  CodecTagString: Text,
  CodecTag: Text,
  Timebase: Text,
  StartTime: Numeric,
  Duration: Numeric,
  Bitrate: Numeric,
  Language: Text,
};

/** `MediaInfo.Stream.Video`. */
export const VideoStream = node({
  ...streamEntries,
  Profile: Text,
  Height: Numeric,
  Width: Numeric,
  HasBFrame: Numeric,
  RefFrames: Numeric,
  Sar: Text,
  Dar: Text,
  PixFormat: Text,
  FieldOrder: Text,
  Level: Numeric,
  Fps: Text,
  AvgFps: Text,
  NumFrames: Numeric,
  Rotation: Text,
  ColorPrimaries: Text,
  ColorRange: Text,
  ColorTransfer: Text,
});

/** `MediaInfo.Stream.Audio`. */
export const AudioStream = node({
  ...streamEntries,
  SampleFmt: Text,
  SampleRate: Numeric,
  Channel: Numeric,
  ChannelLayout: Text,
});

/** `MediaInfo.Stream.Subtitle`. */
export const SubtitleStream = node({
  Index: Numeric,
  Language: Text,
});

/** `Operation.MediaInfo`: the probe of the job's output (or input, for MediaInfo jobs). */
export const MediaInfo = node({
  Format: node({
    NumStream: Numeric,
    NumProgram: Numeric,
    FormatName: Text,
    FormatLongName: Text,
    StartTime: Numeric,
    Duration: Numeric,
    Bitrate: Numeric,
    Size: Numeric,
  }),
  Stream: node({
    Video: list(VideoStream),
    Audio: list(AudioStream),
    Subtitle: list(SubtitleStream),
  }),
});

export type MediaInfo = v.InferOutput<typeof MediaInfo>;
