import * as v from 'valibot';
import { coerce, MISFIT } from './coerce.js';
import { identifies, identityPaths, mayIdentify, moveOutDeviations } from './deviations.js';
import { CallbackError, type CallbackIssue } from './errors.js';
import { type EventIdentity, type EventKind, identifyEvent } from './event-name.js';
import type { CallbackEvent } from './events/callback-event.js';
import type { LenientEvent } from './events/lenient-event.js';
import { excerpt } from './excerpt.js';
import { collectIssues, type IssueReport } from './issues.js';
import { isRawObject, type RawObject, type RawValue } from './raw.js';
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
 * coerced in place ({@link coerce}), which is what a valid body takes; when that misfits, the
 * issues are collected from the same tree ({@link collectIssues}), and only a tree without any
 * (a shape the fast path does not take) is read again for valibot to parse. Without `reread`,
 * valibot parses a copy.
 *
 * @throws CallbackError `INVALID_CALLBACK` with one issue per field at fault (the first
 *   `MAX_ISSUES` of them, and `issueCount`).
 */
export function normalizeEvent(raw: RawValue | undefined, contentVersion?: string | null, reread?: () => RawValue | undefined): CallbackEvent {
  const { root, identity } = identify(unwrap(raw), contentVersion);
  if (reread !== undefined) {
    root.EventName = identity.eventName;
    const schema = schemas[identity.kind];
    const event = coerce(schema as never, root);
    if (event !== MISFIT) return event as CallbackEvent;
    // coerce() replaced only values that fit, each with a value that still fits, so the partly
    // coerced tree has exactly the body's issues: the error path reads the body once.
    const report = collectIssues(schema, root);
    if (report.count > 0) throw invalid(identity, report);
    // No issue: a shape the fast path leaves to valibot (an unknown Tag, a union), on a fresh tree.
    return validate(unwrap(reread()) as RawObject, identity);
  }
  return validate(root, identity);
}

/**
 * {@link normalizeEvent}'s lenient reading: a value that fails its schema is moved out of the
 * event ({@link moveOutDeviations}) rather than failing it, so every field the event still has
 * is typed and validated, and the deviations name the rest. `read` reads the body into a fresh
 * tree, each time it is called: the values moved out are taken from one that nothing has
 * coerced, and the first tree is dropped before the second is read (two at once were 17× the body).
 *
 * @throws CallbackError `INVALID_CALLBACK`, as {@link normalizeEvent} does, when what fails
 *   cannot be moved out: the event's identity, a required field, the root.
 */
export function normalizeLenient(read: () => RawValue | undefined, contentVersion: string | null | undefined): LenientEvent {
  const identity = strictly(read(), contentVersion);
  if (!('kind' in identity)) return { event: identity.event };
  const schema = schemas[identity.kind];
  let named = false;
  const fresh = () => {
    const root = identify(unwrap(read()), contentVersion).root;
    named = typeof root.EventName === 'string';
    root.EventName = identity.eventName;
    return root;
  };
  const root = fresh();
  const isIdentity = identityPaths(identity.kind, root, named);
  const deviations = moveOutDeviations(schema, root, isIdentity);
  if (deviations === undefined) throw invalid(identity, collectIssues(schema, root));
  // Nothing to move: a shape the fast path leaves to valibot, as in normalizeEvent.
  if (deviations.count === 0) return { event: validate(root, identity) };
  let event = coerce(schema as never, root) as CallbackEvent | typeof MISFIT;
  if (event === MISFIT) {
    const again = fresh();
    moveOutDeviations(schema, again, isIdentity);
    event = validate(again, identity);
  }
  // Refused as the strict reading refuses it, with the same issues: every one is in a value moved out.
  if (!identifies(event)) throw invalid(identity, { issues: deviations.issues, count: deviations.issueCount });
  return { event, deviations };
}

/**
 * The strict fast path alone: the event, or the identity of a body that misfits (its tree is
 * dropped here).
 *
 * @throws CallbackError as {@link normalizeEvent} does when the body misfits and cannot name
 *   the ids a lenient delivery needs.
 */
function strictly(raw: RawValue | undefined, contentVersion: string | null | undefined): { event: CallbackEvent } | EventIdentity {
  const { root, identity } = identify(unwrap(raw), contentVersion);
  root.EventName = identity.eventName;
  const schema = schemas[identity.kind];
  const event = coerce(schema as never, root);
  if (event !== MISFIT) return { event: event as CallbackEvent };
  if (!mayIdentify(identity.kind, root)) {
    // As normalizeEvent: the partly coerced tree has exactly the body's issues.
    const report = collectIssues(schema, root);
    if (report.count > 0) throw invalid(identity, report);
  }
  return identity;
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

/**
 * valibot's parse of a copy of the tree, which decides whether the body is valid and makes the
 * event. It stops at the first issue: collecting every one is {@link collectIssues}' job, within
 * bounds (valibot's own collection costs an object graph per issue, gigabytes for a hostile body).
 */
function validate(root: RawObject, identity: EventIdentity): CallbackEvent {
  const schema = schemas[identity.kind];
  const input = { ...root, EventName: identity.eventName };
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return result.output;
  const report = collectIssues(schema, input);
  // The collector interprets the same schemas; should it ever find nothing, valibot's first issue stands.
  throw invalid(identity, report.count > 0 ? report : { issues: [toCallbackIssue(result.issues[0])], count: 1 });
}

/** The error for a body with issues: the first named in the message, at most `MAX_ISSUES` listed, all counted. */
function invalid(identity: EventIdentity, { issues, count }: IssueReport): CallbackError {
  const first = issues[0]!;
  const more = count > 1 ? ` (and ${count - 1} more)` : '';
  return new CallbackError('INVALID_CALLBACK', `Invalid ${excerpt(identity.eventName)} callback: ${first.path || 'body'}: ${first.message}${more}`, issues, count);
}

function toCallbackIssue(issue: v.BaseIssue<unknown>): CallbackIssue {
  const path = (issue.path ?? []).map((item) => excerpt(String(item.key))).join('.');
  // valibot reports a missing required key with an undefined input.
  const message = issue.input === undefined ? 'required field is missing' : issue.message;
  return { path, message };
}
