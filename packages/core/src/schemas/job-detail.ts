import * as v from 'valibot';
import { Text } from './fields/text.js';
import { node } from './fields/node.js';
import { jobEntries } from './job.js';
import { AnimationJob } from './tags/animation.js';
import { ConcatJob } from './tags/concat.js';
import { DigitalWatermarkJob } from './tags/digital-watermark.js';
import { DocProcessJob } from './tags/doc-process.js';
import { ExtractDigitalWatermarkJob } from './tags/extract-digital-watermark.js';
import { FileCompressJob } from './tags/file-compress.js';
import { FileHashCodeJob } from './tags/file-hash-code.js';
import { FileUncompressJob } from './tags/file-uncompress.js';
import { MediaInfoJob } from './tags/media-info.js';
import { NoiseReductionJob } from './tags/noise-reduction.js';
import { PicProcessJob } from './tags/pic-process.js';
import { QualityEstimateJob } from './tags/quality-estimate.js';
import { SCFJob } from './tags/scf.js';
import { SDRtoHDRJob } from './tags/sdr-to-hdr.js';
import { SegmentJob } from './tags/segment.js';
import { SmartCoverJob } from './tags/smart-cover.js';
import { SnapshotJob } from './tags/snapshot.js';
import { SpeechRecognitionJob } from './tags/speech-recognition.js';
import { StreamExtractJob } from './tags/stream-extract.js';
import { StreamPackJob } from './tags/stream-pack.js';
import { StreamPackConfigJob } from './tags/stream-pack-config.js';
import { SuperResolutionJob } from './tags/super-resolution.js';
import { TranscodeJob } from './tags/transcode.js';
import { TranslationJob } from './tags/translation.js';
import { TtsJob } from './tags/tts.js';
import { VideoMontageJob } from './tags/video-montage.js';
import { VideoProcessJob } from './tags/video-process.js';
import { VideoStreamJob } from './tags/video-stream.js';
import { VideoTagJob } from './tags/video-tag.js';
import { VideoTargetRecJob } from './tags/video-target-rec.js';
import { VoiceSeparateJob } from './tags/voice-separate.js';
import { WatermarkJob } from './tags/watermark.js';
import { WordsGeneralizeJob } from './tags/words-generalize.js';

// Annotated with `typeof` references so the emitted .d.ts names each job schema instead of
// inlining all of them (which made the declarations megabytes long and too deep for tsc).
type TypedJobs = readonly [
  typeof AnimationJob,
  typeof ConcatJob,
  typeof DigitalWatermarkJob,
  typeof DocProcessJob,
  typeof ExtractDigitalWatermarkJob,
  typeof FileCompressJob,
  typeof FileHashCodeJob,
  typeof FileUncompressJob,
  typeof MediaInfoJob,
  typeof NoiseReductionJob,
  typeof PicProcessJob,
  typeof QualityEstimateJob,
  typeof SCFJob,
  typeof SDRtoHDRJob,
  typeof SegmentJob,
  typeof SmartCoverJob,
  typeof SnapshotJob,
  typeof SpeechRecognitionJob,
  typeof StreamExtractJob,
  typeof StreamPackJob,
  typeof StreamPackConfigJob,
  typeof SuperResolutionJob,
  typeof TranscodeJob,
  typeof TranslationJob,
  typeof TtsJob,
  typeof VideoMontageJob,
  typeof VideoProcessJob,
  typeof VideoStreamJob,
  typeof VideoTagJob,
  typeof VideoTargetRecJob,
  typeof VoiceSeparateJob,
  typeof WatermarkJob,
  typeof WordsGeneralizeJob,
];

/** Every typed job schema, one per documented Tag. */
export const typedJobs: TypedJobs = [
  AnimationJob,
  ConcatJob,
  DigitalWatermarkJob,
  DocProcessJob,
  ExtractDigitalWatermarkJob,
  FileCompressJob,
  FileHashCodeJob,
  FileUncompressJob,
  MediaInfoJob,
  NoiseReductionJob,
  PicProcessJob,
  QualityEstimateJob,
  SCFJob,
  SDRtoHDRJob,
  SegmentJob,
  SmartCoverJob,
  SnapshotJob,
  SpeechRecognitionJob,
  StreamExtractJob,
  StreamPackJob,
  StreamPackConfigJob,
  SuperResolutionJob,
  TranscodeJob,
  TranslationJob,
  TtsJob,
  VideoMontageJob,
  VideoProcessJob,
  VideoStreamJob,
  VideoTagJob,
  VideoTargetRecJob,
  VoiceSeparateJob,
  WatermarkJob,
  WordsGeneralizeJob,
] as const;

/** The Tags this version types. */
export type KnownTag = (typeof typedJobs)[number]['entries']['Tag']['literal'];

/** The set of {@link KnownTag} values, for runtime checks. */
export const knownTags: ReadonlySet<string> = new Set(typedJobs.map((schema) => schema.entries.Tag.literal));

declare const unknownTag: unique symbol;

/**
 * The type of a Tag this version does not know (Tencent added one). At runtime it is the
 * Tag string exactly as CI sent it: read it with `String(job.Tag)`. It is opaque in types
 * because TypeScript only narrows a union on a literal when no member's Tag is a string:
 * this way `job.Tag === 'Transcode'` narrows a {@link JobDetail} to the typed Transcode job.
 */
export interface UnknownTag {
  readonly [unknownTag]: true;
}

/** Accepts any Tag outside {@link knownTags}; a known Tag must match its own schema instead. */
export const UnknownTagSchema = v.pipe(
  Text,
  v.check((tag) => !knownTags.has(tag), (issue) => `Tag ${JSON.stringify(issue.input)} is known but its job did not match its schema`),
  v.transform((tag) => tag as unknown as UnknownTag),
);

/** A job whose Tag is not (yet) typed: the shared fields are typed, `Operation` is kept as it came. */
export const UnknownJob = v.looseObject({
  ...jobEntries,
  Tag: v.optional(UnknownTagSchema),
  Operation: v.optional(node({})),
});

// A union of the per-Tag job interfaces: equal to the schema's inferred output (a type test
// pins that), but cheap for TypeScript to check in user code, where the inferred form of all
// 34 jobs at once passed tsc's instantiation limits.
/** One entry of `JobsDetail`, discriminated by `Tag`. */
export type JobDetail =
  | AnimationJob
  | ConcatJob
  | DigitalWatermarkJob
  | DocProcessJob
  | ExtractDigitalWatermarkJob
  | FileCompressJob
  | FileHashCodeJob
  | FileUncompressJob
  | MediaInfoJob
  | NoiseReductionJob
  | PicProcessJob
  | QualityEstimateJob
  | SCFJob
  | SDRtoHDRJob
  | SegmentJob
  | SmartCoverJob
  | SnapshotJob
  | SpeechRecognitionJob
  | StreamExtractJob
  | StreamPackJob
  | StreamPackConfigJob
  | SuperResolutionJob
  | TranscodeJob
  | TranslationJob
  | TtsJob
  | VideoMontageJob
  | VideoProcessJob
  | VideoStreamJob
  | VideoTagJob
  | VideoTargetRecJob
  | VoiceSeparateJob
  | WatermarkJob
  | WordsGeneralizeJob
  | UnknownJob;

/** One entry of `JobsDetail`, discriminated by `Tag`. */
export const JobDetail: v.GenericSchema<unknown, JobDetail> = v.variant('Tag', [...typedJobs, UnknownJob]);

export interface UnknownJob extends v.InferOutput<typeof UnknownJob> {}
