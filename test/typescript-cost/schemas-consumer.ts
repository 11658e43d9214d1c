// What a user who composes the schemas does (test/typescript-cost.test.ts): it imports
// @wanxiang/core/schemas and valibot, so it pays for valibot's declarations, and no more than a
// little over them for wanxiang's.
import { CallbackEvent, node, Text, TranscodeJob } from '@wanxiang/core/schemas';
import * as v from 'valibot';

const Batch = v.array(TranscodeJob);
const Annotated = v.object({ job: TranscodeJob, note: v.optional(node({ By: Text })) });

export function durations(input: unknown): (number | undefined)[] {
  return v.parse(Batch, input).map((job) => job.Operation?.MediaInfo?.Format?.Duration);
}

export function note(input: unknown): string | undefined {
  const result = v.safeParse(Annotated, input);
  return result.success ? result.output.note?.By : undefined;
}

export function eventName(input: unknown): string {
  return String(v.parse(CallbackEvent, input).EventName);
}

// The declarations still have to say something (were they `any`, the count would fall too):
// @ts-expect-error: a Transcode job's Tag is 'Transcode'
export const misread = (input: unknown): 'Snapshot' => v.parse(TranscodeJob, input).Tag;
