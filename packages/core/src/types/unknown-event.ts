// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { UnknownEventName } from '../events/callback-event.js';

/**
 * An event whose `EventName` is neither a task, a workflow nor a `Review*` name: a callback
 * type Tencent added after this version. It is delivered rather than rejected, the way webhook
 * SDKs deliver event types they do not know; every field is kept as text.
 */
export interface UnknownEvent {
  EventName: UnknownEventName;
  [key: string]: unknown;
}
