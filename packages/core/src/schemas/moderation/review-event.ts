import * as v from 'valibot';

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
