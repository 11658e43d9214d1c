import type {
  JobDetail,
  JobMap,
  KnownTag,
  knownTags,
  ModerationDetailEvent,
  ModerationSimpleEvent,
  ReviewEventName,
  ReviewEventOf,
  ReviewRegistry,
  reviewEventNames,
  UnknownReviewEventName,
  UnknownTag,
} from '@wanxiang/core';
import type { jobSchemas, reviewEventSchemas } from '@wanxiang/core/schemas';
import type { EventMap, KnownEventName, JobMap as ReceiverJobMap } from '@wanxiang/receiver';
import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type { typedJobs } from '../src/schemas/job-detail.js';

/** Each key mapped to itself: what a registry whose entries discriminate on their own key equals. */
type Identity<K extends PropertyKey> = { [P in K]: P };

describe('the Tag registry types', () => {
  it('KnownTag is the JobMap keys, and the Tag literal of every registry schema', () => {
    expectTypeOf<KnownTag>().toEqualTypeOf<keyof JobMap>();
    expectTypeOf<KnownTag>().toEqualTypeOf<keyof typeof jobSchemas>();
    expectTypeOf<KnownTag>().toEqualTypeOf<(typeof typedJobs)[number]['entries']['Tag']['literal']>();
    expectTypeOf<{ [T in KnownTag]: (typeof jobSchemas)[T]['entries']['Tag']['literal'] }>().toEqualTypeOf<Identity<KnownTag>>();
    expectTypeOf<typeof knownTags>().toEqualTypeOf<ReadonlySet<string>>();
  });

  it("each Tag's schema parses to its own job interface", () => {
    type Schema<T extends KnownTag> = (typeof jobSchemas)[T];
    type Mismatch = {
      [T in KnownTag]: [JobMap[T]] extends [v.InferOutput<Schema<T>>] ? ([v.InferOutput<Schema<T>>] extends [JobMap[T]] ? never : T) : T;
    }[KnownTag];
    expectTypeOf<Mismatch>().toBeNever();
  });

  it('JobDetail discriminates every registry Tag, and nothing else but UnknownTag', () => {
    expectTypeOf<Exclude<JobDetail['Tag'], UnknownTag | undefined>>().toEqualTypeOf<KnownTag>();
    expectTypeOf<Extract<JobDetail, { Tag: 'Transcode' }>>().toEqualTypeOf<JobMap['Transcode']>();
  });

  it("the receiver's JobMap is the core's", () => {
    expectTypeOf<ReceiverJobMap>().toEqualTypeOf<JobMap>();
  });
});

describe('the moderation registry types', () => {
  it('ReviewEventName is the registry keys, and the EventName literal of every registry schema', () => {
    expectTypeOf<ReviewEventName>().toEqualTypeOf<keyof ReviewRegistry>();
    expectTypeOf<ReviewEventName>().toEqualTypeOf<keyof typeof reviewEventSchemas>();
    expectTypeOf<ReviewEventName>().toEqualTypeOf<(typeof reviewEventNames)[number]>();
    expectTypeOf<{ [N in ReviewEventName]: (typeof reviewEventSchemas)[N]['entries']['EventName']['literal'] }>().toEqualTypeOf<Identity<ReviewEventName>>();
  });

  it("each kind's schema parses to its own event and detail interfaces", () => {
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    type Schema<N extends ReviewEventName> = (typeof reviewEventSchemas)[N];
    type Mismatch = {
      [N in ReviewEventName]: Same<ReviewRegistry[N]['event'], v.InferOutput<Schema<N>>> extends true
        ? Same<ReviewRegistry[N]['detail'], v.InferOutput<Schema<N>['entries']['JobsDetail']>> extends true
          ? never
          : N
        : N;
    }[ReviewEventName];
    expectTypeOf<Mismatch>().toBeNever();
  });

  it('both moderation shapes take exactly the registry names, and the opaque unknown one', () => {
    expectTypeOf<ModerationDetailEvent['EventName']>().toEqualTypeOf<ReviewEventName | UnknownReviewEventName>();
    expectTypeOf<ModerationSimpleEvent['EventName']>().toEqualTypeOf<ReviewEventName | UnknownReviewEventName>();
    expectTypeOf<Extract<ModerationDetailEvent, { EventName: 'ReviewHtml' }>>().toEqualTypeOf<ReviewRegistry['ReviewHtml']['event']>();
  });

  it("the receiver's EventMap has every registry name, each with its Detail event", () => {
    expectTypeOf<KnownEventName>().toEqualTypeOf<'TaskFinish' | 'WorkflowFinish' | ReviewEventName>();
    expectTypeOf<{ [N in ReviewEventName]: ReviewRegistry[N]['event'] }>().toExtend<{ [N in ReviewEventName]: EventMap[N] }>();
  });

  it('ReviewEventOf is both shapes of one kind, each narrowed to that name', () => {
    expectTypeOf<ReviewEventOf<'ReviewImage'>['EventName']>().toExtend<'ReviewImage'>();
    expectTypeOf<ReviewRegistry['ReviewImage']['event']>().toExtend<ReviewEventOf<'ReviewImage'>>();
    expectTypeOf<ModerationSimpleEvent & { readonly EventName: 'ReviewImage' }>().toExtend<ReviewEventOf<'ReviewImage'>>();
    expectTypeOf<ReviewRegistry['ReviewText']['event']>().not.toExtend<ReviewEventOf<'ReviewImage'>>();
    expectTypeOf<ReviewEventOf<'ReviewImage'>>().toExtend<ModerationDetailEvent | ModerationSimpleEvent>();
  });
});
