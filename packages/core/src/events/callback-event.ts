// The event unions, as plain types over the generated interfaces: this folder's modules name no
// valibot type, so a consumer of the package's main entry never loads valibot's declarations
// (checking those is most of what a type-check costs). The schemas (`@wanxiang/core/schemas`)
// are declared with these types, and a type test pins each equal to its schema's output.
import type { ModerationSimpleEvent } from '../types/moderation/simple.js';
import type { TaskFinishEvent } from '../types/task-finish.js';
import type { UnknownEvent } from '../types/unknown-event.js';
import type { WorkflowFinishEvent } from '../types/workflow-finish.js';
import type { ModerationDetailEvent } from './moderation.js';

/** A content-moderation callback in either shape: Detail (`EventName` + `JobsDetail`) or Simple (`code`/`message`/`data`). */
export type ModerationEvent = ModerationDetailEvent | ModerationSimpleEvent;

/** Every normalized event {@link parseCallback} returns; `EventName` tells them apart. */
export type CallbackEvent = TaskFinishEvent | WorkflowFinishEvent | ModerationDetailEvent | ModerationSimpleEvent | UnknownEvent;

declare const unknownEventName: unique symbol;

/**
 * The type of an `EventName` this version does not know. At run time it is the name as CI
 * sent it (read it with `String(event.EventName)`); opaque in types so that
 * `event.EventName === 'TaskFinish'` still narrows a {@link CallbackEvent}.
 */
export interface UnknownEventName {
  readonly [unknownEventName]: true;
}
