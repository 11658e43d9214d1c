import type * as v from 'valibot';
import type * as generated from '../../types/nodes/media-info.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';

// Types from the MediaInfo structure of the media-info API page (数据万象 获取媒体信息), the
// structure every media job's `Operation.MediaInfo` reuses. Two deviations: the API tables type
// `Video.Fps` as Float (the Go SDK's page as Int), but CI sends ratios such as "50/1", so it is
// text here; and they type the streams as Containers, but a file has as many as it has (the
// VoiceSeparate samples repeat `<Audio>`), so `Video`, `Audio` and `Subtitle` are all lists.
// Kept as documented, with the evidence against (issue 11): the numbers stay numbers although
// cos-go-sdk-v5 and cos-java-sdk-v5 type every MediaInfo number as a string (ci_media.go
// 622–690), since no sample, callback or lookup, holds a placeholder (`N/A`, `-`) in one; a
// callback that does is delivered by the lenient reading with that number moved out. Samples
// carry bps where the table says kbps (`Bitrate` 1031968) and decimals in Ints (`Level`
// 1.000): Numeric takes them as they are. `Subtitle` is always empty in the samples (the Go SDK
// types it as a string): a node here, as the table says.

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

const VideoStreamSchema = node({
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

export type VideoStream = generated.VideoStream;

/** `MediaInfo.Stream.Video`. */
export const VideoStream: v.GenericSchema<unknown, VideoStream> = VideoStreamSchema;

const AudioStreamSchema = node({
  ...streamEntries,
  SampleFmt: Text,
  SampleRate: Numeric,
  Channel: Numeric,
  ChannelLayout: Text,
});

export type AudioStream = generated.AudioStream;

/** `MediaInfo.Stream.Audio`. */
export const AudioStream: v.GenericSchema<unknown, AudioStream> = AudioStreamSchema;

const SubtitleStreamSchema = node({
  Index: Numeric,
  Language: Text,
});

export type SubtitleStream = generated.SubtitleStream;

/** `MediaInfo.Stream.Subtitle`. */
export const SubtitleStream: v.GenericSchema<unknown, SubtitleStream> = SubtitleStreamSchema;

const MediaInfoSchema = node({
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

export type MediaInfo = generated.MediaInfo;

/** `Operation.MediaInfo`: the probe of the job's output (or input, for MediaInfo jobs). */
export const MediaInfo: v.GenericSchema<unknown, MediaInfo> = MediaInfoSchema;
