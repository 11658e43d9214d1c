import { jsonResponse } from '../errors/response.js';
import type { Logger } from '../logging/logger.js';

/**
 * The answer to CI's test request (sent when a callback URL is saved in its console; core's
 * `isTestRequest`): 200 `{ ok, test: true }`, logged and not forwarded, before any allow-list
 * (it names no bucket).
 */
export function testRequestAnswer(logger: Logger, receivedAt: string): Response {
  logger.info('wanxiang: answered the test request CI sends when a callback URL is saved; not forwarded', { receivedAt });
  return jsonResponse(200, { ok: true, test: true });
}
