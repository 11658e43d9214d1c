import type {
  JobDetail,
  JobRegistry,
  jobSchemas,
  KnownTag,
  knownTags,
  ModerationDetailEvent,
  ModerationSimpleEvent,
  ReviewEventName,
  ReviewEventOf,
  ReviewRegistry,
  reviewEventNames,
  reviewEventSchemas,
  UnknownReviewEventName,
  UnknownTag,
} from '@wanxiang/core';
import type { EventMap, JobMap, KnownEventName } from '@wanxiang/receiver';
import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type { typedJobs } from '../src/schemas/job-detail.js';

/** Each key mapped to itself: what a registry whose entries discriminate on their own key equals. */
type Identity<K extends PropertyKey> = { [P in K]: P };

describe('the Tag registry types', () => {
  it('KnownTag is the registry keys, and the Tag literal of every registry schema', () => {
    expectTypeOf<KnownTag>().toEqualTypeOf<keyof JobRegistry>();
    expectTypeOf<KnownTag>().toEqualTypeOf<keyof typeof jobSchemas>();
    expectTypeOf<KnownTag>().toEqualTypeOf<(typeof typedJobs)[number]['entries']['Tag']['literal']>();
    expectTypeOf<{ [T in KnownTag]: JobRegistry[T]['schema']['entries']['Tag']['literal'] }>().toEqualTypeOf<Identity<KnownTag>>();
    expectTypeOf<typeof knownTags>().toEqualTypeOf<ReadonlySet<string>>();
  });

  it('each entry pairs its schema with its own job interface', () => {
    type Mismatch = {
      [T in KnownTag]: [JobRegistry[T]['job']] extends [v.InferOutput<JobRegistry[T]['schema']>] ? ([v.InferOutput<JobRegistry[T]['schema']>] extends [JobRegistry[T]['job']] ? never : T) : T;
    }[KnownTag];
    expectTypeOf<Mismatch>().toBeNever();
  });

  it('JobDetail discriminates every registry Tag, and nothing else but UnknownTag', () => {
    expectTypeOf<Exclude<JobDetail['Tag'], UnknownTag | undefined>>().toEqualTypeOf<KnownTag>();
    expectTypeOf<Extract<JobDetail, { Tag: 'Transcode' }>>().toEqualTypeOf<JobRegistry['Transcode']['job']>();
  });

  it("the receiver's JobMap has one typed job per registry Tag", () => {
    expectTypeOf<keyof JobMap>().toEqualTypeOf<KnownTag>();
    expectTypeOf<{ [T in KnownTag]: JobMap[T] }>().toEqualTypeOf<{ [T in KnownTag]: JobRegistry[T]['job'] }>();
  });
});

describe('the moderation registry types', () => {
  it('ReviewEventName is the registry keys, and the EventName literal of every registry schema', () => {
    expectTypeOf<ReviewEventName>().toEqualTypeOf<keyof ReviewRegistry>();
    expectTypeOf<ReviewEventName>().toEqualTypeOf<keyof typeof reviewEventSchemas>();
    expectTypeOf<ReviewEventName>().toEqualTypeOf<(typeof reviewEventNames)[number]>();
    expectTypeOf<{ [N in ReviewEventName]: ReviewRegistry[N]['schema']['entries']['EventName']['literal'] }>().toEqualTypeOf<Identity<ReviewEventName>>();
  });

  it('each entry pairs its schema with its own event and detail interfaces', () => {
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    type Mismatch = {
      [N in ReviewEventName]: Same<ReviewRegistry[N]['event'], v.InferOutput<ReviewRegistry[N]['schema']>> extends true
        ? Same<ReviewRegistry[N]['detail'], v.InferOutput<ReviewRegistry[N]['schema']['entries']['JobsDetail']>> extends true
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
