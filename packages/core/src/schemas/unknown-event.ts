import * as v from 'valibot';
import type { UnknownEventName } from '../events/callback-event.js';
import type * as generated from '../types/unknown-event.js';
import { Text } from './fields/text.js';

/**
 * An event whose `EventName` is neither a task, a workflow nor a `Review*` name: a callback
 * type Tencent added after this version. It is delivered rather than rejected, the way webhook
 * SDKs deliver event types they do not know; every field is kept as text.
 */
export const UnknownEvent: v.GenericSchema<unknown, UnknownEvent> = v.looseObject({
  EventName: v.pipe(
    Text,
    v.transform((name) => name as unknown as UnknownEventName),
  ),
});

export type UnknownEvent = generated.UnknownEvent;
