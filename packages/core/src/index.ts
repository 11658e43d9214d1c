// @wanxiang/core — Tencent Cloud Infinite (数据万象) callbacks in, one normalized typed event out.

export { parseCallback, safeParseCallback, type SafeParseResult } from './parse-callback.js';
export { parseCiTime } from './time.js';
export { CallbackError, CallbackErrorCode, isCallbackError, type CallbackIssue } from './errors.js';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, type ParseOptions } from './options.js';
export type { CallbackBody } from './body.js';

// Events
export { CallbackEvent, ModerationEvent } from './schemas/callback-event.js';
export { TaskFinishEvent } from './schemas/task-finish.js';
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

// Jobs
export { JobDetail, UnknownJob, knownTags, type KnownTag, type UnknownTag } from './schemas/job-detail.js';
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

// One typed job per Tag (generated list below is kept in Tag order).
export { TranscodeJob } from './schemas/tags/transcode.js';
