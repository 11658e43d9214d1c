import type * as v from 'valibot';
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

/**
 * One Tag's entry: its schema (`Tag` is the literal that discriminates it) and the named job
 * interface, equal to the schema's output (a type test pins both).
 */
export interface JobEntry<TSchema extends v.GenericSchema, TJob> {
  readonly schema: TSchema;
  readonly job: TJob;
}

/**
 * Every typed Tag, with its schema and job type: the one list of Tags. {@link KnownTag},
 * `knownTags`, `JobDetail` (type and schema) and the receiver's `JobMap` derive from it; the
 * index exports each schema and the README lists each Tag, and a test compares both with it.
 * Adding a Tag is one line here and one in {@link jobSchemas}: the compiler refuses the two
 * lists when they differ. The types are spelled `typeof …` and by interface so declarations
 * name each job instead of inlining all of them (megabytes, and too deep for tsc).
 */
export interface JobRegistry {
  Animation: JobEntry<typeof AnimationJob, AnimationJob>;
  Concat: JobEntry<typeof ConcatJob, ConcatJob>;
  DigitalWatermark: JobEntry<typeof DigitalWatermarkJob, DigitalWatermarkJob>;
  DocProcess: JobEntry<typeof DocProcessJob, DocProcessJob>;
  ExtractDigitalWatermark: JobEntry<typeof ExtractDigitalWatermarkJob, ExtractDigitalWatermarkJob>;
  FileCompress: JobEntry<typeof FileCompressJob, FileCompressJob>;
  FileHashCode: JobEntry<typeof FileHashCodeJob, FileHashCodeJob>;
  FileUncompress: JobEntry<typeof FileUncompressJob, FileUncompressJob>;
  MediaInfo: JobEntry<typeof MediaInfoJob, MediaInfoJob>;
  NoiseReduction: JobEntry<typeof NoiseReductionJob, NoiseReductionJob>;
  PicProcess: JobEntry<typeof PicProcessJob, PicProcessJob>;
  QualityEstimate: JobEntry<typeof QualityEstimateJob, QualityEstimateJob>;
  SCF: JobEntry<typeof SCFJob, SCFJob>;
  SDRtoHDR: JobEntry<typeof SDRtoHDRJob, SDRtoHDRJob>;
  Segment: JobEntry<typeof SegmentJob, SegmentJob>;
  SmartCover: JobEntry<typeof SmartCoverJob, SmartCoverJob>;
  Snapshot: JobEntry<typeof SnapshotJob, SnapshotJob>;
  SpeechRecognition: JobEntry<typeof SpeechRecognitionJob, SpeechRecognitionJob>;
  StreamExtract: JobEntry<typeof StreamExtractJob, StreamExtractJob>;
  StreamPack: JobEntry<typeof StreamPackJob, StreamPackJob>;
  StreamPackConfig: JobEntry<typeof StreamPackConfigJob, StreamPackConfigJob>;
  SuperResolution: JobEntry<typeof SuperResolutionJob, SuperResolutionJob>;
  Transcode: JobEntry<typeof TranscodeJob, TranscodeJob>;
  Translation: JobEntry<typeof TranslationJob, TranslationJob>;
  Tts: JobEntry<typeof TtsJob, TtsJob>;
  VideoMontage: JobEntry<typeof VideoMontageJob, VideoMontageJob>;
  VideoProcess: JobEntry<typeof VideoProcessJob, VideoProcessJob>;
  VideoStream: JobEntry<typeof VideoStreamJob, VideoStreamJob>;
  VideoTag: JobEntry<typeof VideoTagJob, VideoTagJob>;
  VideoTargetRec: JobEntry<typeof VideoTargetRecJob, VideoTargetRecJob>;
  VoiceSeparate: JobEntry<typeof VoiceSeparateJob, VoiceSeparateJob>;
  Watermark: JobEntry<typeof WatermarkJob, WatermarkJob>;
  WordsGeneralize: JobEntry<typeof WordsGeneralizeJob, WordsGeneralizeJob>;
}

/** A Tag this version types. */
export type KnownTag = keyof JobRegistry;

/** The schema of each typed Tag: `jobSchemas.Transcode` checks and coerces one Transcode job. */
export const jobSchemas: { readonly [T in KnownTag]: JobRegistry[T]['schema'] } = {
  Animation: AnimationJob,
  Concat: ConcatJob,
  DigitalWatermark: DigitalWatermarkJob,
  DocProcess: DocProcessJob,
  ExtractDigitalWatermark: ExtractDigitalWatermarkJob,
  FileCompress: FileCompressJob,
  FileHashCode: FileHashCodeJob,
  FileUncompress: FileUncompressJob,
  MediaInfo: MediaInfoJob,
  NoiseReduction: NoiseReductionJob,
  PicProcess: PicProcessJob,
  QualityEstimate: QualityEstimateJob,
  SCF: SCFJob,
  SDRtoHDR: SDRtoHDRJob,
  Segment: SegmentJob,
  SmartCover: SmartCoverJob,
  Snapshot: SnapshotJob,
  SpeechRecognition: SpeechRecognitionJob,
  StreamExtract: StreamExtractJob,
  StreamPack: StreamPackJob,
  StreamPackConfig: StreamPackConfigJob,
  SuperResolution: SuperResolutionJob,
  Transcode: TranscodeJob,
  Translation: TranslationJob,
  Tts: TtsJob,
  VideoMontage: VideoMontageJob,
  VideoProcess: VideoProcessJob,
  VideoStream: VideoStreamJob,
  VideoTag: VideoTagJob,
  VideoTargetRec: VideoTargetRecJob,
  VoiceSeparate: VoiceSeparateJob,
  Watermark: WatermarkJob,
  WordsGeneralize: WordsGeneralizeJob,
};
