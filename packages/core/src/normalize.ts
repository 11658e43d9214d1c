import * as v from 'valibot';
import { CallbackError, type CallbackIssue } from './errors.js';
import { coerce, MISFIT } from './coerce.js';
import { identifyEvent, type EventIdentity, type EventKind } from './event-name.js';
import { isRawObject, type RawObject, type RawValue } from './raw.js';
import type { CallbackEvent } from './schemas/callback-event.js';
import { ModerationDetailEvent } from './schemas/moderation/detail-event.js';
import { ModerationSimpleEvent } from './schemas/moderation/simple.js';
import { TaskFinishEvent } from './schemas/task-finish.js';
import { UnknownEvent } from './schemas/unknown-event.js';
import { WorkflowFinishEvent } from './schemas/workflow-finish.js';

const schemas: Record<EventKind, v.GenericSchema<unknown, CallbackEvent>> = {
  TaskFinish: TaskFinishEvent,
  WorkflowFinish: WorkflowFinishEvent,
  ModerationDetail: ModerationDetailEvent,
  ModerationSimple: ModerationSimpleEvent,
  Unknown: UnknownEvent,
};

/**
 * Turns a raw tree into the normalized event: unwraps a lone `Response` key, identifies the
 * event, sets its `EventName`, and lets the event's schema coerce and check every field.
 *
 * With `reread` (a function that reads the body again into a fresh tree), the tree is first
 * coerced in place ({@link coerce}), which is what a valid body takes; only when that misfits
 * does valibot parse the fresh tree, for the exact issues. Without it, valibot parses a copy.
 *
 * @throws CallbackError `INVALID_CALLBACK` with one issue per field at fault.
 */
export function normalizeEvent(raw: RawValue | undefined, contentVersion?: string | null, reread?: () => RawValue | undefined): CallbackEvent {
  const { root, identity } = identify(unwrap(raw), contentVersion);
  if (reread !== undefined) {
    root.EventName = identity.eventName;
    const event = coerce(schemas[identity.kind] as never, root);
    if (event !== MISFIT) return event as CallbackEvent;
    return validate(unwrap(reread()) as RawObject, identity);
  }
  return validate(root, identity);
}

/** Some JSON bodies wrap the event as {"Response": {...}}, the way XML has a <Response> root. */
function unwrap(raw: RawValue | undefined): RawValue | undefined {
  return isRawObject(raw) && Object.keys(raw).length === 1 && isRawObject(raw.Response) ? raw.Response : raw;
}

/** Checks that the tree can be an event and tells which. */
function identify(root: RawValue | undefined, contentVersion: string | null | undefined): { root: RawObject; identity: EventIdentity } {
  if (!isRawObject(root)) {
    // Empty values are absent, so a skeleton whose every value is empty arrives here as nothing.
    const message = root === undefined ? 'every value in the body is empty' : 'expected an element or object with fields';
    throw new CallbackError('INVALID_CALLBACK', `Not a CI callback: ${message}`, [{ path: '', message }]);
  }
  if (root.EventName !== undefined && typeof root.EventName !== 'string') {
    const message = 'expected text';
    throw new CallbackError('INVALID_CALLBACK', `Invalid callback: EventName: ${message}`, [{ path: 'EventName', message }]);
  }
  const identity = identifyEvent(root, contentVersion);
  if (identity === undefined) {
    const message = 'expected EventName, JobsDetail, WorkflowExecution, or code and data';
    throw new CallbackError('INVALID_CALLBACK', `Not a CI callback: ${message}`, [{ path: '', message }]);
  }
  return { root, identity };
}

/** valibot's parse of a copy of the tree: every issue, with its path. */
function validate(root: RawObject, identity: EventIdentity): CallbackEvent {
  const result = v.safeParse(schemas[identity.kind], { ...root, EventName: identity.eventName });
  if (result.success) return result.output;
  const issues = result.issues.map(toCallbackIssue);
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  throw new CallbackError(
    'INVALID_CALLBACK',
    `Invalid ${identity.eventName} callback: ${first.path || 'body'}: ${first.message}${more}`,
    issues,
  );
}

function toCallbackIssue(issue: v.BaseIssue<unknown>): CallbackIssue {
  const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
  // valibot reports a missing required key with an undefined input.
  const message = issue.input === undefined ? 'required field is missing' : issue.message;
  return { path, message };
}
