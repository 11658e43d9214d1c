import * as v from 'valibot';
import type * as events from '../events/callback-event.js';
import { ModerationDetailEvent } from './moderation/detail-event.js';
import { ModerationSimpleEvent } from './moderation/simple.js';
import { TaskFinishEvent } from './task-finish.js';
import { UnknownEvent } from './unknown-event.js';
import { WorkflowFinishEvent } from './workflow-finish.js';

/** A content-moderation callback in either shape: Detail (`EventName` + `JobsDetail`) or Simple (`code`/`message`/`data`). */
export type ModerationEvent = events.ModerationEvent;

/** Every normalized event {@link parseCallback} returns; `EventName` tells them apart. */
export type CallbackEvent = events.CallbackEvent;

/** A content-moderation callback in either shape: Detail (`EventName` + `JobsDetail`) or Simple (`code`/`message`/`data`). */
export const ModerationEvent: v.GenericSchema<unknown, ModerationEvent> = v.union([ModerationDetailEvent, ModerationSimpleEvent]);

/**
 * Every normalized event {@link parseCallback} returns. Order matters: {@link UnknownEvent}
 * accepts any `EventName`, so it comes last.
 */
export const CallbackEvent: v.GenericSchema<unknown, CallbackEvent> = v.union([TaskFinishEvent, WorkflowFinishEvent, ModerationDetailEvent, ModerationSimpleEvent, UnknownEvent]);
