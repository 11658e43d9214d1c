import * as v from 'valibot';
import { ModerationDetailEvent } from './moderation/detail-event.js';
import { ModerationSimpleEvent } from './moderation/simple.js';
import { TaskFinishEvent } from './task-finish.js';
import { UnknownEvent } from './unknown-event.js';
import { WorkflowFinishEvent } from './workflow-finish.js';

/** A content-moderation callback in either shape: Detail (`EventName` + `JobsDetail`) or Simple (`code`/`message`/`data`). */
export const ModerationEvent = v.union([ModerationDetailEvent, ModerationSimpleEvent]);

/**
 * Every normalized event {@link parseCallback} returns; `EventName` tells them apart. Order
 * matters: {@link UnknownEvent} accepts any `EventName`, so it comes last.
 */
export const CallbackEvent = v.union([TaskFinishEvent, WorkflowFinishEvent, ModerationDetailEvent, ModerationSimpleEvent, UnknownEvent]);

export type ModerationEvent = v.InferOutput<typeof ModerationEvent>;
export type CallbackEvent = v.InferOutput<typeof CallbackEvent>;
