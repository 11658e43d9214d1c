import type { CallbackBody } from './body.js';
import { CallbackError } from './errors.js';
import type { CallbackEvent } from './events/callback-event.js';
import type { LenientEvent } from './events/lenient-event.js';
import type { ReviewEventName } from './events/moderation.js';
import { normalizeLenient } from './normalize.js';
import type { ParseOptions } from './options.js';
import { reading } from './parse-callback.js';
import { isRawObject, type RawObject, type RawValue } from './raw.js';
import { reviewEventSchemas } from './schemas/moderation/review-registry.js';

/** The callback event a lookup answer reads as: a job query's, a workflow run's, a moderation job's. */
export type LookupEventName = 'TaskFinish' | 'WorkflowFinish' | ReviewEventName;

/** What {@link parseLookup} gives: CI's record as the event a callback of that kind carries. */
export interface LookupResult extends LenientEvent {
  /** The asked ids CI does not know (`NonExistJobIds`), in the answer's order. */
  nonExistJobIds: string[];
}

/** Thrown inside the reading when a job query found nothing: there is no event to validate. */
const NOTHING_FOUND = Symbol('nothing found');

/**
 * Parses an answer of CI's API to a lookup — a job query (`GET /jobs/<id>`: `JobsDetail`,
 * `NonExistJobIds`), a workflow run (`GET /workflowexecution/<RunId>`: `WorkflowExecution`), a
 * moderation job (`GET /image/auditing/<JobId>`: `JobsDetail`) — XML or JSON, into the event a
 * callback of that kind gives, with the same schemas and limits. The answer has no `EventName`:
 * the caller says what it asked. Read leniently, as a receiver reads callbacks, since a record
 * that deviates from the field tables below its identity is still CI's record.
 *
 * A job query that found nothing gives `JobsDetail: []`, and the ids in `nonExistJobIds`.
 *
 * @example
 * ```ts
 * const { event, nonExistJobIds } = parseLookup(await response.text(), 'TaskFinish', { contentType: response.headers.get('content-type') });
 * ```
 * @throws CallbackError as {@link parseCallbackLenient} does; TypeError for an `eventName` that is not one.
 */
export function parseLookup(body: CallbackBody, eventName: LookupEventName, options: ParseOptions = {}): LookupResult {
  if (eventName !== 'TaskFinish' && eventName !== 'WorkflowFinish' && !Object.hasOwn(reviewEventSchemas, eventName)) {
    throw new TypeError(`parseLookup: ${String(eventName)} is not a lookup's event (TaskFinish, WorkflowFinish, or a Review… name)`);
  }
  let nonExistJobIds: string[] = [];
  const prepare = (tree: RawValue | undefined): RawObject => {
    // JSON answers may put RequestId beside Response ({"Response": {…}, "RequestId": "…"}).
    const unwrapped = isRawObject(tree) && isRawObject(tree.Response) ? tree.Response : tree;
    // Every value empty (`<Response><JobsDetail/><NonExistJobIds/></Response>`) reads as nothing.
    const root = unwrapped ?? {};
    if (!isRawObject(root)) {
      const message = 'expected an element or object with fields';
      throw new CallbackError('INVALID_CALLBACK', `Not a CI lookup answer: ${message}`, [{ path: '', message }]);
    }
    nonExistJobIds = idsOf(root.NonExistJobIds);
    delete root.NonExistJobIds;
    delete root.RequestId;
    if (eventName === 'TaskFinish' && root.JobsDetail === undefined) throw NOTHING_FOUND;
    root.EventName = eventName;
    return root;
  };
  return reading(body, options, (read) => {
    try {
      const lenient = normalizeLenient(() => prepare(read()), eventName.startsWith('Review') ? 'detail' : undefined);
      return { ...lenient, nonExistJobIds };
    } catch (thrown) {
      if (thrown !== NOTHING_FOUND) throw thrown;
      return { event: { EventName: 'TaskFinish', JobsDetail: [] } as CallbackEvent, nonExistJobIds };
    }
  });
}

/** `NonExistJobIds` as XML repeats it, JSON lists it, or one text joins it with commas. */
function idsOf(value: RawValue | undefined): string[] {
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item, index) => {
    if (typeof item !== 'string') {
      const path = Array.isArray(value) ? `NonExistJobIds.${index}` : 'NonExistJobIds';
      throw new CallbackError('INVALID_CALLBACK', `Invalid lookup answer: ${path}: expected text`, [{ path, message: 'expected text' }]);
    }
    return item
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
  });
}
