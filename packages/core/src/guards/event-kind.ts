import type { CallbackEvent, ModerationEvent } from '../events/callback-event.js';
import type { ModerationDetailEvent } from '../events/moderation.js';
import type { ModerationSimpleEvent } from '../types/moderation/simple.js';
import type { TaskFinishEvent } from '../types/task-finish.js';
import type { UnknownEvent } from '../types/unknown-event.js';
import type { WorkflowFinishEvent } from '../types/workflow-finish.js';

// Exactly one of isTaskFinish, isWorkflowFinish, isModerationDetail, isModerationSimple and
// isUnknownEvent is true for every event parseCallback returns, so each guard narrows in both
// branches. They read what the schemas guarantee, never a key a body could add: fields the
// docs do not list are kept as the text they arrived as, so only the Simple shape's own `code`
// is a number, whatever a Detail body carries besides its `JobsDetail`.

/**
 * True for a `TaskFinish` event (also one inferred from a body without `EventName`):
 * `JobsDetail` is then a list of jobs, each narrowed by its `Tag`.
 *
 * @example
 * if (isTaskFinish(event)) for (const job of event.JobsDetail) if (job.Tag === 'Transcode') console.log(job.JobId);
 */
export function isTaskFinish(event: CallbackEvent): event is TaskFinishEvent {
  return event.EventName === 'TaskFinish';
}

/** True for a `WorkflowFinish` event: one workflow run in `WorkflowExecution` (`RunId`, `Tasks`, …). */
export function isWorkflowFinish(event: CallbackEvent): event is WorkflowFinishEvent {
  return event.EventName === 'WorkflowFinish';
}

/** True for a content-moderation callback in either shape (an `EventName` starting with `Review`, typed or not). */
export function isModeration(event: CallbackEvent): event is ModerationEvent {
  return String(event.EventName).startsWith('Review');
}

/** True for a Simple moderation callback: `code`, `message` and `data` (`data.trace_id`, `data.result`, …). */
export function isModerationSimple(event: CallbackEvent): event is ModerationSimpleEvent {
  return isModeration(event) && typeof (event as { code?: unknown }).code === 'number';
}

/**
 * True for a Detail moderation callback: one result object in `JobsDetail` (`JobId`, `State`,
 * `BucketId`, `Region`, …), narrowed further by `EventName`.
 */
export function isModerationDetail(event: CallbackEvent): event is ModerationDetailEvent {
  return isModeration(event) && typeof (event as { code?: unknown }).code !== 'number';
}

/**
 * True for an event of a type this version does not know (an `EventName` Tencent added): every
 * field kept as text, its name read with `String(event.EventName)`.
 */
export function isUnknownEvent(event: CallbackEvent): event is UnknownEvent {
  return !isTaskFinish(event) && !isWorkflowFinish(event) && !isModeration(event);
}
