import * as v from 'valibot';
import { ModerationDetailEvent } from './moderation/detail-event.js';
import { ModerationSimpleEvent } from './moderation/simple.js';
import { TaskFinishEvent } from './task-finish.js';
import { UnknownEvent } from './unknown-event.js';
import { WorkflowFinishEvent } from './workflow-finish.js';

// The event types are unions of named interfaces, equal to the schemas' inferred outputs (a
// type test pins that): user code then checks them cheaply, where the fully inferred form of
// every event at once passed tsc's instantiation limits when read from the .d.ts files.

/** A content-moderation callback in either shape: Detail (`EventName` + `JobsDetail`) or Simple (`code`/`message`/`data`). */
export type ModerationEvent = ModerationDetailEvent | ModerationSimpleEvent;

/** Every normalized event {@link parseCallback} returns; `EventName` tells them apart. */
export type CallbackEvent = TaskFinishEvent | WorkflowFinishEvent | ModerationDetailEvent | ModerationSimpleEvent | UnknownEvent;

/** A content-moderation callback in either shape: Detail (`EventName` + `JobsDetail`) or Simple (`code`/`message`/`data`). */
export const ModerationEvent: v.GenericSchema<unknown, ModerationEvent> = v.union([ModerationDetailEvent, ModerationSimpleEvent]);

/**
 * Every normalized event {@link parseCallback} returns. Order matters: {@link UnknownEvent}
 * accepts any `EventName`, so it comes last.
 */
export const CallbackEvent: v.GenericSchema<unknown, CallbackEvent> = v.union([TaskFinishEvent, WorkflowFinishEvent, ModerationDetailEvent, ModerationSimpleEvent, UnknownEvent]);
