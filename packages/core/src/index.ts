// @wanxiang/core — Tencent Cloud Infinite (数据万象) callbacks in, one normalized typed event out.

export { parseCallback, parseCallbackLenient, safeParseCallback, type SafeParseResult } from './parse-callback.js';
export type { LenientEvent } from './normalize.js';
export { isEnvelopePath, type Deviation, type Deviations } from './deviations.js';
export { parseLookup, type LookupEventName, type LookupResult } from './lookup.js';
export { parseCiTime } from './time.js';
export { isTestRequest, TEST_REQUEST_MESSAGE, TEST_REQUEST_TRACE_ID } from './test-request.js';
export { CallbackError, CallbackErrorCode, WanxiangError, isCallbackError, MAX_ISSUES, MAX_MESSAGE_LENGTH, type CallbackIssue } from './errors.js';
export { excerpt, MAX_EXCERPT_LENGTH } from './excerpt.js';
export { formatFromContentType, type BodyFormat } from './format.js';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_NAMES, type ParseOptions } from './options.js';
export type { CallbackBody } from './body.js';

// Events
export { CallbackEvent, ModerationEvent } from './schemas/callback-event.js';
export { TaskFinishEvent } from './schemas/task-finish.js';
export { UnknownEvent, type UnknownEventName } from './schemas/unknown-event.js';
export { WorkflowFinishEvent, WorkflowExecution, WorkflowTask } from './schemas/workflow-finish.js';
export { ModerationDetailEvent, UnknownReviewEvent } from './schemas/moderation/detail-event.js';
export { ModerationSimpleEvent } from './schemas/moderation/simple.js';
export { ReviewImageEvent, ImageModerationDetail } from './schemas/moderation/image.js';
export { ReviewTextEvent, TextModerationDetail } from './schemas/moderation/text.js';
export { ReviewAudioEvent, AudioModerationDetail } from './schemas/moderation/audio.js';
export { ReviewVideoEvent, VideoModerationDetail } from './schemas/moderation/video.js';
export { ReviewDocumentEvent, DocumentModerationDetail } from './schemas/moderation/document.js';
export { ReviewHtmlEvent, HtmlModerationDetail } from './schemas/moderation/html.js';
export { reviewEventNames, type ReviewEventName, type UnknownReviewEventName } from './schemas/moderation/event-name.js';
export { reviewEventSchemas, type ReviewRegistry, type ReviewEntry, type ReviewEventOf } from './schemas/moderation/review-registry.js';
export { isTaskFinish, isWorkflowFinish, isModeration, isModerationDetail, isModerationSimple, isUnknownEvent } from './guards/event-kind.js';

// Jobs
export { JobDetail, UnknownJob, knownTags, type KnownTag, type UnknownTag } from './schemas/job-detail.js';
export { jobSchemas, type JobRegistry, type JobEntry } from './schemas/job-registry.js';
export { MediaInfo, VideoStream, AudioStream, SubtitleStream } from './schemas/nodes/media-info.js';
export { MediaResult } from './schemas/nodes/media-result.js';
export { JobInput } from './schemas/nodes/input.js';
export { JobOutput } from './schemas/nodes/output.js';
export { WorkflowRef } from './schemas/nodes/workflow-ref.js';
export { CosHeader } from './schemas/nodes/cos-headers.js';

// Field primitives, for extending a schema the way the built-in ones are written.
export { Text } from './schemas/fields/text.js';
export { Numeric } from './schemas/fields/numeric.js';
export { list } from './schemas/fields/list.js';
export { node } from './schemas/fields/node.js';

// One typed job per Tag (the registry, schemas/job-registry.ts, lists them; a test compares).
export { AnimationJob } from './schemas/tags/animation.js';
export { ConcatJob } from './schemas/tags/concat.js';
export { DigitalWatermarkJob } from './schemas/tags/digital-watermark.js';
export { DocProcessJob } from './schemas/tags/doc-process.js';
export { ExtractDigitalWatermarkJob } from './schemas/tags/extract-digital-watermark.js';
export { FileCompressJob } from './schemas/tags/file-compress.js';
export { FileHashCodeJob } from './schemas/tags/file-hash-code.js';
export { FileUncompressJob } from './schemas/tags/file-uncompress.js';
export { MediaInfoJob } from './schemas/tags/media-info.js';
export { NoiseReductionJob } from './schemas/tags/noise-reduction.js';
export { PicProcessJob } from './schemas/tags/pic-process.js';
export { QualityEstimateJob } from './schemas/tags/quality-estimate.js';
export { SCFJob } from './schemas/tags/scf.js';
export { SDRtoHDRJob } from './schemas/tags/sdr-to-hdr.js';
export { SegmentJob } from './schemas/tags/segment.js';
export { SmartCoverJob } from './schemas/tags/smart-cover.js';
export { SnapshotJob } from './schemas/tags/snapshot.js';
export { SpeechRecognitionJob } from './schemas/tags/speech-recognition.js';
export { StreamExtractJob } from './schemas/tags/stream-extract.js';
export { StreamPackConfigJob } from './schemas/tags/stream-pack-config.js';
export { StreamPackJob } from './schemas/tags/stream-pack.js';
export { SuperResolutionJob } from './schemas/tags/super-resolution.js';
export { TranscodeJob } from './schemas/tags/transcode.js';
export { TranslationJob } from './schemas/tags/translation.js';
export { TtsJob } from './schemas/tags/tts.js';
export { VideoMontageJob } from './schemas/tags/video-montage.js';
export { VideoProcessJob } from './schemas/tags/video-process.js';
export { VideoStreamJob } from './schemas/tags/video-stream.js';
export { VideoTagJob } from './schemas/tags/video-tag.js';
export { VideoTargetRecJob } from './schemas/tags/video-target-rec.js';
export { VoiceSeparateJob } from './schemas/tags/voice-separate.js';
export { WatermarkJob } from './schemas/tags/watermark.js';
export { WordsGeneralizeJob } from './schemas/tags/words-generalize.js';
