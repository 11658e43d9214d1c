import type { JobMap, KnownTag } from '../events/job-detail.js';
import type { JobSchema } from './job.js';
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
 * The schema of each typed Tag: `jobSchemas.Transcode` checks and coerces one Transcode job.
 * Its keys are {@link JobMap}'s, and each schema parses to that Tag's job: the compiler checks both.
 */
export const jobSchemas: { readonly [T in KnownTag]: JobSchema<T, JobMap[T]> } = {
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
