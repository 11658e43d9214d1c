// @wanxiang/core — Tencent Cloud Infinite (数据万象) callbacks in, one normalized typed event out.
//
// This entry's declarations name no valibot type: the schemas themselves are exported by
// `@wanxiang/core/schemas` (src/schemas/index.ts), so a project that only parses callbacks
// never has its compiler check valibot's declarations. The event, job and node types are the
// interfaces generated from the schemas (src/types) and the unions over them (src/events).

export type { CallbackBody } from './body.js';
export { type Deviation, type Deviations, isEnvelopePath } from './deviations.js';
export { CallbackError, CallbackErrorCode, type CallbackIssue, isCallbackError, MAX_ISSUES, MAX_MESSAGE_LENGTH, WanxiangError } from './errors.js';
export type { CallbackEvent, ModerationEvent, UnknownEventName } from './events/callback-event.js';
export { type JobDetail, type JobMap, type KnownTag, knownTags, type UnknownTag } from './events/job-detail.js';
export type { LenientEvent } from './events/lenient-event.js';
export { type ModerationDetailEvent, type ReviewEntry, type ReviewEventName, type ReviewEventOf, type ReviewRegistry, reviewEventNames, type UnknownReviewEventName } from './events/moderation.js';
export { excerpt, MAX_EXCERPT_LENGTH } from './excerpt.js';
export { type BodyFormat, formatFromContentType } from './format.js';
export { isModeration, isModerationDetail, isModerationSimple, isTaskFinish, isUnknownEvent, isWorkflowFinish } from './guards/event-kind.js';
export { type LookupEventName, type LookupResult, parseLookup } from './lookup.js';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_NAMES, type ParseOptions } from './options.js';
export { parseCallback, parseCallbackLenient, type SafeParseResult, safeParseCallback } from './parse-callback.js';
export { isTestRequest, TEST_REQUEST_MESSAGE, TEST_REQUEST_TRACE_ID } from './test-request.js';
export { parseCiTime } from './time.js';
export type { JobFields, OperationFields } from './types/job.js';
export type { UnknownJob } from './types/job-detail.js';
export type { AudioModerationDetail, ReviewAudioEvent } from './types/moderation/audio.js';
export type { UnknownReviewEvent } from './types/moderation/detail-event.js';
export type { DocumentModerationDetail, ReviewDocumentEvent } from './types/moderation/document.js';
export type { HtmlModerationDetail, ReviewHtmlEvent } from './types/moderation/html.js';
export type { ImageModerationDetail, ReviewImageEvent } from './types/moderation/image.js';
export type { ReviewJobFields } from './types/moderation/review-job.js';
export type { ModerationSimpleEvent } from './types/moderation/simple.js';
export type { ReviewTextEvent, TextModerationDetail } from './types/moderation/text.js';
export type { ReviewVideoEvent, VideoModerationDetail } from './types/moderation/video.js';
export type { CosHeader } from './types/nodes/cos-headers.js';
export type { JobInput } from './types/nodes/input.js';
export type { AudioStream, MediaInfo, SubtitleStream, VideoStream } from './types/nodes/media-info.js';
export type { MediaResult } from './types/nodes/media-result.js';
export type { JobOutput } from './types/nodes/output.js';
export type { WorkflowRef } from './types/nodes/workflow-ref.js';
export type { AnimationJob } from './types/tags/animation.js';
export type { ConcatJob } from './types/tags/concat.js';
export type { DigitalWatermarkJob } from './types/tags/digital-watermark.js';
export type { DocProcessJob } from './types/tags/doc-process.js';
export type { ExtractDigitalWatermarkJob } from './types/tags/extract-digital-watermark.js';
export type { FileCompressJob } from './types/tags/file-compress.js';
export type { FileHashCodeJob } from './types/tags/file-hash-code.js';
export type { FileUncompressJob } from './types/tags/file-uncompress.js';
export type { MediaInfoJob } from './types/tags/media-info.js';
export type { NoiseReductionJob } from './types/tags/noise-reduction.js';
export type { PicProcessJob } from './types/tags/pic-process.js';
export type { QualityEstimateJob } from './types/tags/quality-estimate.js';
export type { SCFJob } from './types/tags/scf.js';
export type { SDRtoHDRJob } from './types/tags/sdr-to-hdr.js';
export type { SegmentJob } from './types/tags/segment.js';
export type { SmartCoverJob } from './types/tags/smart-cover.js';
export type { SnapshotJob } from './types/tags/snapshot.js';
export type { SpeechRecognitionJob } from './types/tags/speech-recognition.js';
export type { StreamExtractJob } from './types/tags/stream-extract.js';
export type { StreamPackJob } from './types/tags/stream-pack.js';
export type { StreamPackConfigJob } from './types/tags/stream-pack-config.js';
export type { SuperResolutionJob } from './types/tags/super-resolution.js';
export type { TranscodeJob } from './types/tags/transcode.js';
export type { TranslationJob } from './types/tags/translation.js';
export type { TtsJob } from './types/tags/tts.js';
export type { VideoMontageJob } from './types/tags/video-montage.js';
export type { VideoProcessJob } from './types/tags/video-process.js';
export type { VideoStreamJob } from './types/tags/video-stream.js';
export type { VideoTagJob } from './types/tags/video-tag.js';
export type { VideoTargetRecJob } from './types/tags/video-target-rec.js';
export type { VoiceSeparateJob } from './types/tags/voice-separate.js';
export type { WatermarkJob } from './types/tags/watermark.js';
export type { WordsGeneralizeJob } from './types/tags/words-generalize.js';
export type { TaskFinishEvent } from './types/task-finish.js';
export type { UnknownEvent } from './types/unknown-event.js';
export type { WorkflowExecution, WorkflowFinishEvent, WorkflowTask } from './types/workflow-finish.js';
