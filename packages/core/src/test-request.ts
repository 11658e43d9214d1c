import type { CallbackEvent } from './schemas/callback-event.js';

/** The `message` of the request CI posts when a callback URL is saved in its console. */
export const TEST_REQUEST_MESSAGE = 'Test request when setting callback url';

/**
 * True for the request CI sends to check a callback URL when it is saved: a Simple-shaped body
 * whose `message` is {@link TEST_REQUEST_MESSAGE}. CI refuses the URL unless it gets a 200, but
 * the body describes no real job, so receivers answer it and deliver nothing.
 */
export function isTestRequest(event: CallbackEvent): boolean {
  return 'message' in event && event.message === TEST_REQUEST_MESSAGE && 'code' in event;
}
