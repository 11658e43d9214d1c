import {
  type CallbackEvent,
  isModeration,
  isModerationDetail,
  isModerationSimple,
  isTaskFinish,
  isUnknownEvent,
  isWorkflowFinish,
  type JobDetail,
  type ModerationDetailEvent,
  type ModerationEvent,
  type ModerationSimpleEvent,
  type TaskFinishEvent,
  type UnknownEvent,
  type WorkflowFinishEvent,
} from '@wanxiang/core';
import { describe, expectTypeOf, it } from 'vitest';

declare const event: CallbackEvent;

describe('the event-kind guards are type predicates over CallbackEvent', () => {
  it('each narrows to its event', () => {
    if (isTaskFinish(event)) {
      expectTypeOf(event).toEqualTypeOf<TaskFinishEvent>();
      expectTypeOf(event.JobsDetail).toEqualTypeOf<JobDetail[]>();
    }
    if (isWorkflowFinish(event)) expectTypeOf(event).toEqualTypeOf<WorkflowFinishEvent>();
    if (isModerationDetail(event)) {
      expectTypeOf(event).toEqualTypeOf<ModerationDetailEvent>();
      expectTypeOf(event.JobsDetail.JobId).toEqualTypeOf<string | undefined>();
      expectTypeOf(event.JobsDetail.BucketId).toEqualTypeOf<string | undefined>();
    }
    if (isModerationSimple(event)) {
      expectTypeOf(event).toEqualTypeOf<ModerationSimpleEvent>();
      expectTypeOf(event.code).toEqualTypeOf<number>();
      expectTypeOf(event.data?.trace_id).toEqualTypeOf<string | undefined>();
    }
    if (isModeration(event)) expectTypeOf(event).toEqualTypeOf<ModerationEvent>();
    if (isUnknownEvent(event)) expectTypeOf(event).toEqualTypeOf<UnknownEvent>();
  });

  it('the else branches exclude what was ruled out, down to the unknown event', () => {
    if (isTaskFinish(event) || isWorkflowFinish(event)) return;
    expectTypeOf(event).toEqualTypeOf<ModerationDetailEvent | ModerationSimpleEvent | UnknownEvent>();
    if (isModerationDetail(event)) return;
    expectTypeOf(event).toEqualTypeOf<ModerationSimpleEvent | UnknownEvent>();
    if (isModerationSimple(event)) return;
    expectTypeOf(event).toEqualTypeOf<UnknownEvent>();
  });

  it('take only a CallbackEvent, so a raw object cannot be passed by mistake', () => {
    // @ts-expect-error a parsed event, not any object
    isTaskFinish({ EventName: 'TaskFinish' });
    expectTypeOf(isModerationSimple).parameter(0).toEqualTypeOf<CallbackEvent>();
  });
});
