import { isRawObject, type RawObject, type RawValue } from './raw.js';

/** Which schema a body is checked against. */
export type EventKind = 'TaskFinish' | 'WorkflowFinish' | 'ModerationDetail' | 'ModerationSimple' | 'Unknown';

/** A body's kind and the `EventName` its event carries (given or inferred). */
export interface EventIdentity {
  kind: EventKind;
  eventName: string;
}

/**
 * Tells what a body is from its `EventName`, the `X-Ci-Content-Version` header, or its shape,
 * and the `EventName` to give it. An `EventName` this version does not know is `Unknown` (kept,
 * not rejected); `undefined` means nothing identifies the body as a callback.
 *
 * Older task and workflow bodies have no `EventName`: `JobsDetail` means `TaskFinish`,
 * `WorkflowExecution` means `WorkflowFinish`. A Simple moderation body names its event in
 * `data.event`; the console's test requests may leave that out, see {@link inferReviewName}.
 */
export function identifyEvent(root: RawObject, contentVersion: string | null | undefined): EventIdentity | undefined {
  const version = contentVersion?.trim().toLowerCase();
  const given = typeof root.EventName === 'string' ? root.EventName : undefined;
  if (version === 'simple' || (version !== 'detail' && given === undefined && isSimpleShape(root))) {
    return { kind: 'ModerationSimple', eventName: given ?? inferReviewName(root.data) };
  }
  if (version === 'detail') return { kind: 'ModerationDetail', eventName: given ?? 'ReviewUnknown' };
  if (given !== undefined) {
    if (given.startsWith('Review')) return { kind: 'ModerationDetail', eventName: given };
    if (given === 'TaskFinish' || given === 'WorkflowFinish') return { kind: given, eventName: given };
    return { kind: 'Unknown', eventName: given };
  }
  if (root.WorkflowExecution !== undefined) return { kind: 'WorkflowFinish', eventName: 'WorkflowFinish' };
  if (root.JobsDetail !== undefined) return { kind: 'TaskFinish', eventName: 'TaskFinish' };
  return undefined;
}

function isSimpleShape(root: RawObject): boolean {
  return root.code !== undefined && (root.data !== undefined || root.message !== undefined);
}

/**
 * The `EventName` of a Simple moderation body: `data.event` when present. Without it (the
 * console's test requests and guide samples) the hit-info nodes tell: text moderation reports
 * hits as `count`, audio as `score` — those are the two consoles whose test bodies omit the
 * event. Anything else is `ReviewUnknown`.
 */
export function inferReviewName(data: RawValue | undefined): string {
  if (!isRawObject(data)) return 'ReviewUnknown';
  if (typeof data.event === 'string') return data.event;
  if (data.abuse_info !== undefined || data.illegal_info !== undefined) return 'ReviewText';
  const hits = Object.values(data)
    .filter(isRawObject)
    .filter((info) => info.hit_flag !== undefined);
  if (hits.length > 0 && hits.every((info) => info.count !== undefined && info.score === undefined)) return 'ReviewText';
  if (hits.length > 0 && hits.every((info) => info.score !== undefined && info.count === undefined)) return 'ReviewAudio';
  return 'ReviewUnknown';
}
