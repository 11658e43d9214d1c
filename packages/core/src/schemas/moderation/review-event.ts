import * as v from 'valibot';
import type { DeclaredObjectSchema } from '../declared-object.js';

/**
 * The declared type of a typed Detail moderation callback's schema: `EventName` is the literal
 * that discriminates it, `TEvent` its output and `TDetail` the output of its `JobsDetail`.
 */
export type ReviewEventSchema<TName extends string, TEvent, TDetail> = DeclaredObjectSchema<
  { readonly EventName: v.LiteralSchema<TName, undefined>; readonly JobsDetail: v.GenericSchema<unknown, TDetail> },
  TEvent
>;

/**
 * The schema of one typed Detail moderation callback: `EventName` is the literal that
 * discriminates it, `JobsDetail` the kind's single result object.
 */
export function reviewEvent<TName extends string, TDetail extends v.GenericSchema>(name: TName, detail: TDetail) {
  return v.looseObject({
    EventName: v.literal(name),
    JobsDetail: detail,
  });
}
