// A handler for one moderation kind receives both shapes CI sends for it: the Detail result and
// the Simple one (`X-Ci-Content-Version: Simple`), each narrowed to that kind.

import type { ModerationSimpleEvent, ReviewImageEvent, TaskFinishEvent } from '@wanxiang/core';
import { createReceiver, type EventMap } from '@wanxiang/receiver';
import { describe, expectTypeOf, it } from 'vitest';

describe('EventMap', () => {
  it("gives a moderation kind's handler both its Detail and its Simple shape", () => {
    expectTypeOf<ReviewImageEvent>().toExtend<EventMap['ReviewImage']>();
    expectTypeOf<ModerationSimpleEvent & { readonly EventName: 'ReviewImage' }>().toExtend<EventMap['ReviewImage']>();
    expectTypeOf<EventMap['ReviewImage']['EventName']>().toExtend<'ReviewImage'>();
  });

  it('keeps TaskFinish to its own event', () => {
    expectTypeOf<EventMap['TaskFinish']>().toEqualTypeOf<TaskFinishEvent>();
  });

  it('types the on() handler from the map', () => {
    const receiver = createReceiver({ tokens: ['t'], forwarder: { send: async () => undefined } });
    receiver.on('ReviewText', (event) => {
      expectTypeOf(event).toEqualTypeOf<EventMap['ReviewText']>();
      if ('code' in event) expectTypeOf(event.code).not.toBeNever();
    });
  });
});
