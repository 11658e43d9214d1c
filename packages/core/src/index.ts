// @wanxiang/core — Tencent Cloud Infinite (数据万象) callbacks in, one normalized typed event out.
//
// This entry's declarations name no valibot type: the schemas themselves are exported by
// `@wanxiang/core/schemas` (src/schemas/index.ts), so a project that only parses callbacks
// never has its compiler check valibot's declarations. The event, job and node types are the
// interfaces generated from the schemas (src/types), every one of them exported so that a
// declaration naming one can be emitted, and the unions over them (src/events).

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
export type * from './types/job.js';
export type * from './types/job-detail.js';
export type * from './types/moderation/audio.js';
export type * from './types/moderation/audio-section.js';
export type * from './types/moderation/cos-headers.js';
export type * from './types/moderation/detail-event.js';
export type * from './types/moderation/document.js';
export type * from './types/moderation/hit-info.js';
export type * from './types/moderation/html.js';
export type * from './types/moderation/image.js';
export type * from './types/moderation/labels.js';
export type * from './types/moderation/lib-result.js';
export type * from './types/moderation/list-info.js';
export type * from './types/moderation/location.js';
export type * from './types/moderation/object-result.js';
export type * from './types/moderation/ocr-result.js';
export type * from './types/moderation/review-job.js';
export type * from './types/moderation/simple.js';
export type * from './types/moderation/text.js';
export type * from './types/moderation/user-info.js';
export type * from './types/moderation/video.js';
export type * from './types/nodes/cos-headers.js';
export type * from './types/nodes/digital-watermark.js';
export type * from './types/nodes/input.js';
export type * from './types/nodes/media-info.js';
export type * from './types/nodes/media-result.js';
export type * from './types/nodes/output.js';
export type * from './types/nodes/workflow-ref.js';
export type * from './types/tags/animation.js';
export type * from './types/tags/concat.js';
export type * from './types/tags/digital-watermark.js';
export type * from './types/tags/doc-process.js';
export type * from './types/tags/extract-digital-watermark.js';
export type * from './types/tags/file-compress.js';
export type * from './types/tags/file-hash-code.js';
export type * from './types/tags/file-uncompress.js';
export type * from './types/tags/media-info.js';
export type * from './types/tags/noise-reduction.js';
export type * from './types/tags/pic-process.js';
export type * from './types/tags/quality-estimate.js';
export type * from './types/tags/scf.js';
export type * from './types/tags/sdr-to-hdr.js';
export type * from './types/tags/segment.js';
export type * from './types/tags/smart-cover.js';
export type * from './types/tags/snapshot.js';
export type * from './types/tags/speech-recognition.js';
export type * from './types/tags/stream-extract.js';
export type * from './types/tags/stream-pack.js';
export type * from './types/tags/stream-pack-config.js';
export type * from './types/tags/super-resolution.js';
export type * from './types/tags/transcode.js';
export type * from './types/tags/translation.js';
export type * from './types/tags/tts.js';
export type * from './types/tags/video-montage.js';
export type * from './types/tags/video-process.js';
export type * from './types/tags/video-stream.js';
export type * from './types/tags/video-tag.js';
export type * from './types/tags/video-target-rec.js';
export type * from './types/tags/voice-separate.js';
export type * from './types/tags/watermark.js';
export type * from './types/tags/words-generalize.js';
export type * from './types/task-finish.js';
export type * from './types/unknown-event.js';
export type * from './types/workflow-finish.js';
