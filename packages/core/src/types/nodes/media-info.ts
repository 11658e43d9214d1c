// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.

/** `MediaInfo.Stream.Video`. */
export interface VideoStream {
  Profile?: string | undefined;
  Height?: number | undefined;
  Width?: number | undefined;
  HasBFrame?: number | undefined;
  RefFrames?: number | undefined;
  Sar?: string | undefined;
  Dar?: string | undefined;
  PixFormat?: string | undefined;
  FieldOrder?: string | undefined;
  Level?: number | undefined;
  Fps?: string | undefined;
  AvgFps?: string | undefined;
  NumFrames?: number | undefined;
  Rotation?: string | undefined;
  ColorPrimaries?: string | undefined;
  ColorRange?: string | undefined;
  ColorTransfer?: string | undefined;
  Index?: number | undefined;
  CodecName?: string | undefined;
  CodecLongName?: string | undefined;
  CodecTimeBase?: string | undefined;
  CodecTagString?: string | undefined;
  CodecTag?: string | undefined;
  Timebase?: string | undefined;
  StartTime?: number | undefined;
  Duration?: number | undefined;
  Bitrate?: number | undefined;
  Language?: string | undefined;
  [key: string]: unknown;
}

/** `MediaInfo.Stream.Audio`. */
export interface AudioStream {
  SampleFmt?: string | undefined;
  SampleRate?: number | undefined;
  Channel?: number | undefined;
  ChannelLayout?: string | undefined;
  Index?: number | undefined;
  CodecName?: string | undefined;
  CodecLongName?: string | undefined;
  CodecTimeBase?: string | undefined;
  CodecTagString?: string | undefined;
  CodecTag?: string | undefined;
  Timebase?: string | undefined;
  StartTime?: number | undefined;
  Duration?: number | undefined;
  Bitrate?: number | undefined;
  Language?: string | undefined;
  [key: string]: unknown;
}

/** `MediaInfo.Stream.Subtitle`. */
export interface SubtitleStream {
  Index?: number | undefined;
  Language?: string | undefined;
  [key: string]: unknown;
}

/** `Operation.MediaInfo`: the probe of the job's output (or input, for MediaInfo jobs). */
export interface MediaInfo {
  Format?: {
    NumStream?: number | undefined;
    NumProgram?: number | undefined;
    FormatName?: string | undefined;
    FormatLongName?: string | undefined;
    StartTime?: number | undefined;
    Duration?: number | undefined;
    Bitrate?: number | undefined;
    Size?: number | undefined;
    [key: string]: unknown;
  } | undefined;
  Stream?: {
    Video?: VideoStream[] | undefined;
    Audio?: AudioStream[] | undefined;
    Subtitle?: SubtitleStream[] | undefined;
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
