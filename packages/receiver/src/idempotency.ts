import type { CallbackEvent } from '@wanxiang/core';

/** Keys longer than this are replaced by their digest, so they fit headers and storage keys. */
const MAX_KEY_LENGTH = 200;

/** Keys travel as HTTP header values (`webhook-id`): printable ASCII only, else the digest. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;

const usable = (key: string) => key.length <= MAX_KEY_LENGTH && HEADER_SAFE.test(key);

/**
 * The idempotency keys of an event, one per job: `JobId:State` for each job of a TaskFinish,
 * the `RunId` of a workflow run, the `JobId` of a Detail moderation result (`trace_id` for the
 * Simple shape). CI may deliver one callback several times; equal keys mean the same outcome.
 * When an event carries no such id (an unknown EventName, a skeleton), the key is
 * `sha256:` + the digest of the normalized event, which is the same for XML and JSON. A key
 * longer than 200 characters, or with anything but printable ASCII, is replaced by its digest.
 */
export async function idempotencyKeys(event: CallbackEvent): Promise<string[]> {
  const ids = naturalIds(event);
  const keys = ids.length > 0 && ids.every((id) => id !== undefined) ? (ids as string[]) : [await digest(canonicalJson(event))];
  return Promise.all(keys.map((key) => (usable(key) ? key : digest(key))));
}

/** The one key naming a whole delivery (the Standard Webhooks `webhook-id`): the keys joined, or their digest when long. */
export async function deliveryId(keys: readonly string[]): Promise<string> {
  const joined = keys.join(',');
  return usable(joined) ? joined : digest(joined);
}

/** The ids the event itself names; `undefined` marks one that is missing. */
function naturalIds(event: CallbackEvent): (string | undefined)[] {
  if (event.EventName === 'TaskFinish') {
    return event.JobsDetail.map((job) => (job.JobId === undefined ? undefined : `${job.JobId}:${job.State ?? ''}`));
  }
  if (event.EventName === 'WorkflowFinish') return [event.WorkflowExecution.RunId];
  const record = event as Record<string, unknown>;
  const detail = record['JobsDetail'];
  if (isRecord(detail) && 'EventName' in record && typeof detail['JobId'] === 'string') return [detail['JobId']];
  const data = record['data'];
  if ('code' in record && isRecord(data) && typeof data['trace_id'] === 'string') return [data['trace_id']];
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with object keys sorted, so equal events give equal text whatever order the wire used. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => value[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `sha256:${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
