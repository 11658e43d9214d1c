import * as v from 'valibot';
import type * as generated from '../types/unknown-event.js';
import { Text } from './fields/text.js';

declare const unknownEventName: unique symbol;

/**
 * The type of an `EventName` this version does not know. At run time it is the name as CI
 * sent it (read it with `String(event.EventName)`); opaque in types so that
 * `event.EventName === 'TaskFinish'` still narrows a {@link CallbackEvent}.
 */
export interface UnknownEventName {
  readonly [unknownEventName]: true;
}

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
