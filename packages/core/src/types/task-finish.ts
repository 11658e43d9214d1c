// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { UnknownJob } from './job-detail.js';
import type { AnimationJob } from './tags/animation.js';
import type { ConcatJob } from './tags/concat.js';
import type { DigitalWatermarkJob } from './tags/digital-watermark.js';
import type { DocProcessJob } from './tags/doc-process.js';
import type { ExtractDigitalWatermarkJob } from './tags/extract-digital-watermark.js';
import type { FileCompressJob } from './tags/file-compress.js';
import type { FileHashCodeJob } from './tags/file-hash-code.js';
import type { FileUncompressJob } from './tags/file-uncompress.js';
import type { MediaInfoJob } from './tags/media-info.js';
import type { NoiseReductionJob } from './tags/noise-reduction.js';
import type { PicProcessJob } from './tags/pic-process.js';
import type { QualityEstimateJob } from './tags/quality-estimate.js';
import type { SCFJob } from './tags/scf.js';
import type { SDRtoHDRJob } from './tags/sdr-to-hdr.js';
import type { SegmentJob } from './tags/segment.js';
import type { SmartCoverJob } from './tags/smart-cover.js';
import type { SnapshotJob } from './tags/snapshot.js';
import type { SpeechRecognitionJob } from './tags/speech-recognition.js';
import type { StreamExtractJob } from './tags/stream-extract.js';
import type { StreamPackConfigJob } from './tags/stream-pack-config.js';
import type { StreamPackJob } from './tags/stream-pack.js';
import type { SuperResolutionJob } from './tags/super-resolution.js';
import type { TranscodeJob } from './tags/transcode.js';
import type { TranslationJob } from './tags/translation.js';
import type { TtsJob } from './tags/tts.js';
import type { VideoMontageJob } from './tags/video-montage.js';
import type { VideoProcessJob } from './tags/video-process.js';
import type { VideoStreamJob } from './tags/video-stream.js';
import type { VideoTagJob } from './tags/video-tag.js';
import type { VideoTargetRecJob } from './tags/video-target-rec.js';
import type { VoiceSeparateJob } from './tags/voice-separate.js';
import type { WatermarkJob } from './tags/watermark.js';
import type { WordsGeneralizeJob } from './tags/words-generalize.js';

/**
 * `TaskFinish`: one or more jobs finished. `JobsDetail` is always a list, whether XML carried
 * one `<JobsDetail>` or JSON an object or an array.
 */
export interface TaskFinishEvent {
  EventName: 'TaskFinish';
  JobsDetail: (AnimationJob | ConcatJob | DigitalWatermarkJob | DocProcessJob | ExtractDigitalWatermarkJob | FileCompressJob | FileHashCodeJob | FileUncompressJob | MediaInfoJob | NoiseReductionJob | PicProcessJob | QualityEstimateJob | SCFJob | SDRtoHDRJob | SegmentJob | SmartCoverJob | SnapshotJob | SpeechRecognitionJob | StreamExtractJob | StreamPackJob | StreamPackConfigJob | SuperResolutionJob | TranscodeJob | TranslationJob | TtsJob | VideoMontageJob | VideoProcessJob | VideoStreamJob | VideoTagJob | VideoTargetRecJob | VoiceSeparateJob | WatermarkJob | WordsGeneralizeJob | UnknownJob)[];
  [key: string]: unknown;
}
