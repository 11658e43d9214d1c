import { type CallbackEvent, isModerationDetail, isModerationSimple, isTaskFinish, isWorkflowFinish } from '@wanxiang/core';
import { canonicalJson } from './canonical-json.js';
import { DIGEST_DOMAIN, DIGEST_PREFIX, digestKey, encodeKeyList, joinKeyParts } from './key-encoding.js';

/** Keys longer than this are replaced by their digest, so they fit headers and storage keys. */
const MAX_KEY_LENGTH = 200;

/** Keys travel as HTTP header values (`webhook-id`): printable ASCII only, else the digest. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;

/** A key usable as it is: short, printable ASCII, and not one that could pass for a digest. */
const usable = (key: string) => key.length <= MAX_KEY_LENGTH && HEADER_SAFE.test(key) && !key.startsWith(DIGEST_PREFIX);

/** A key that is a digest already (`sha256:` + 64 hex digits), as `idempotencyKeys` gives for long or unusual ids. */
const DIGEST_KEY = /^sha256:[0-9a-f]{64}$/;

/**
 * The idempotency keys of an event, one per job: `JobId:State` for each job of a TaskFinish,
 * the `RunId` of a workflow run, the `JobId` of a Detail moderation result (`trace_id` for the
 * Simple shape). CI may deliver one callback several times; equal keys mean the same outcome,
 * and different ids always give different keys: a `:`, `,`, `%`, control character or lone
 * surrogate inside an id is percent-encoded (`a:b` → `a%3Ab`). When an event carries no such id
 * (an unknown EventName, a skeleton), the key is `sha256:` + the digest of the normalized event,
 * which is the same for XML and JSON. A key longer than 200 characters, with anything but
 * printable ASCII, or starting `sha256:`, is replaced by `sha256:` + its digest.
 */
export async function idempotencyKeys(event: CallbackEvent): Promise<string[]> {
  const ids = naturalIds(event);
  if (ids.length === 0 || ids.some((id) => id === undefined)) {
    return [await digestKey(DIGEST_DOMAIN.event + canonicalJson(event))];
  }
  return Promise.all((ids as string[][]).map((parts) => joinKeyParts(parts)).map((key) => (usable(key) ? key : digestKey(key))));
}

/**
 * The one key naming a whole delivery (the Standard Webhooks `webhook-id`): the key itself when
 * there is one (as {@link idempotencyKeys} gives keys: usable as they are, or a digest), else
 * `sha256:` + the digest of the ordered list, encoded so that no two lists share it
 * (`['a,b']` and `['a', 'b']` differ).
 *
 * @throws TypeError for an empty list, which names nothing.
 */
export async function deliveryId(keys: readonly string[]): Promise<string> {
  if (keys.length === 0) throw new TypeError('deliveryId: `keys` must hold at least one key');
  const [only] = keys;
  if (keys.length === 1 && (usable(only!) || DIGEST_KEY.test(only!))) return only!;
  return digestKey(DIGEST_DOMAIN.delivery + encodeKeyList(keys));
}

/** The parts of each id the event itself names; `undefined` marks one that is missing. */
function naturalIds(event: CallbackEvent): (string[] | undefined)[] {
  if (isTaskFinish(event)) {
    return event.JobsDetail.map((job) => (job.JobId === undefined ? undefined : [job.JobId, job.State ?? '']));
  }
  if (isWorkflowFinish(event)) {
    const runId = event.WorkflowExecution.RunId;
    return [runId === undefined ? undefined : [runId]];
  }
  if (isModerationDetail(event)) {
    const jobId: unknown = event.JobsDetail.JobId;
    return [typeof jobId === 'string' ? [jobId] : undefined];
  }
  if (isModerationSimple(event)) {
    const traceId: unknown = event.data?.trace_id;
    return [typeof traceId === 'string' ? [traceId] : undefined];
  }
  return []; // An unknown event: its digest is its key.
}
