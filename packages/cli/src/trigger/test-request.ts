import { type Fixture, getFixture } from '@wanxiang/fixtures';

/**
 * The request CI's console sends to a callback URL when it is saved, before any job runs: the
 * console guide's "default message", `{"code":0,…,"message":"Test request when setting callback
 * url"}` with `data.trace_id` `test_trace_id` (core's `isTestRequest`). CI keeps the URL only if
 * it is answered 200; a receiver answers it and delivers nothing. Sent as the docs print it:
 * fresh ids would make it a real result.
 */
export function testRequestFixture(): Fixture {
  return getFixture('moderation/text/console-text-default.json');
}
