import { jobSchemas } from '../schemas/job-registry.js';
import type { UnknownJob } from '../types/job-detail.js';
import type { AnimationJob } from '../types/tags/animation.js';
import type { ConcatJob } from '../types/tags/concat.js';
import type { DigitalWatermarkJob } from '../types/tags/digital-watermark.js';
import type { DocProcessJob } from '../types/tags/doc-process.js';
import type { ExtractDigitalWatermarkJob } from '../types/tags/extract-digital-watermark.js';
import type { FileCompressJob } from '../types/tags/file-compress.js';
import type { FileHashCodeJob } from '../types/tags/file-hash-code.js';
import type { FileUncompressJob } from '../types/tags/file-uncompress.js';
import type { MediaInfoJob } from '../types/tags/media-info.js';
import type { NoiseReductionJob } from '../types/tags/noise-reduction.js';
import type { PicProcessJob } from '../types/tags/pic-process.js';
import type { QualityEstimateJob } from '../types/tags/quality-estimate.js';
import type { SCFJob } from '../types/tags/scf.js';
import type { SDRtoHDRJob } from '../types/tags/sdr-to-hdr.js';
import type { SegmentJob } from '../types/tags/segment.js';
import type { SmartCoverJob } from '../types/tags/smart-cover.js';
import type { SnapshotJob } from '../types/tags/snapshot.js';
import type { SpeechRecognitionJob } from '../types/tags/speech-recognition.js';
import type { StreamExtractJob } from '../types/tags/stream-extract.js';
import type { StreamPackJob } from '../types/tags/stream-pack.js';
import type { StreamPackConfigJob } from '../types/tags/stream-pack-config.js';
import type { SuperResolutionJob } from '../types/tags/super-resolution.js';
import type { TranscodeJob } from '../types/tags/transcode.js';
import type { TranslationJob } from '../types/tags/translation.js';
import type { TtsJob } from '../types/tags/tts.js';
import type { VideoMontageJob } from '../types/tags/video-montage.js';
import type { VideoProcessJob } from '../types/tags/video-process.js';
import type { VideoStreamJob } from '../types/tags/video-stream.js';
import type { VideoTagJob } from '../types/tags/video-tag.js';
import type { VideoTargetRecJob } from '../types/tags/video-target-rec.js';
import type { VoiceSeparateJob } from '../types/tags/voice-separate.js';
import type { WatermarkJob } from '../types/tags/watermark.js';
import type { WordsGeneralizeJob } from '../types/tags/words-generalize.js';

/**
 * Every typed Tag and its job interface: the one list of Tags. {@link KnownTag}, {@link knownTags},
 * {@link JobDetail} and the receiver's routing derive from it, and `jobSchemas` (in
 * `@wanxiang/core/schemas`) must hold one schema per key, each parsing to this type: the
 * compiler refuses the two lists when they differ, and the index and the README list each Tag
 * (a test compares both with it). Adding a Tag is one line here and one in `jobSchemas`.
 */
export interface JobMap {
  Animation: AnimationJob;
  Concat: ConcatJob;
  DigitalWatermark: DigitalWatermarkJob;
  DocProcess: DocProcessJob;
  ExtractDigitalWatermark: ExtractDigitalWatermarkJob;
  FileCompress: FileCompressJob;
  FileHashCode: FileHashCodeJob;
  FileUncompress: FileUncompressJob;
  MediaInfo: MediaInfoJob;
  NoiseReduction: NoiseReductionJob;
  PicProcess: PicProcessJob;
  QualityEstimate: QualityEstimateJob;
  SCF: SCFJob;
  SDRtoHDR: SDRtoHDRJob;
  Segment: SegmentJob;
  SmartCover: SmartCoverJob;
  Snapshot: SnapshotJob;
  SpeechRecognition: SpeechRecognitionJob;
  StreamExtract: StreamExtractJob;
  StreamPack: StreamPackJob;
  StreamPackConfig: StreamPackConfigJob;
  SuperResolution: SuperResolutionJob;
  Transcode: TranscodeJob;
  Translation: TranslationJob;
  Tts: TtsJob;
  VideoMontage: VideoMontageJob;
  VideoProcess: VideoProcessJob;
  VideoStream: VideoStreamJob;
  VideoTag: VideoTagJob;
  VideoTargetRec: VideoTargetRecJob;
  VoiceSeparate: VoiceSeparateJob;
  Watermark: WatermarkJob;
  WordsGeneralize: WordsGeneralizeJob;
}

/** A Tag this version types. */
export type KnownTag = keyof JobMap;

/** The set of {@link KnownTag} values, for runtime checks. */
export const knownTags: ReadonlySet<string> = new Set(Object.keys(jobSchemas));

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

/** One entry of `JobsDetail`, discriminated by `Tag`. */
export type JobDetail = JobMap[KnownTag] | UnknownJob;
