import { ReceiverError } from '../errors/receiver-error.js';
import { settleWithin } from '../forward/deadline.js';
import type { Delivery } from '../forward/delivery.js';
import type { ExecutionContextLike } from '../inbound/execution-context.js';
import { describeCause } from '../logging/describe-cause.js';
import type { Logger } from '../logging/logger.js';
import type { ReportError } from './report-error.js';
import type { Router } from './router.js';

/** What running the handlers of one delivery needs. */
export interface HandlerRun {
  router: Router;
  report: ReportError;
  logger: Logger;
  timeoutMs: number;
}

/**
 * Runs the `on`/`onAny` handlers of a forwarded delivery. Resolves once they have all settled or
 * `timeoutMs` has passed, whichever is first; never rejects. After a timeout (reported as
 * HANDLER_TIMEOUT) they go on, and what they throw later is still reported as HANDLER_FAILED.
 * The event is durable by now, so nothing here changes the 200.
 */
export async function runHandlers(delivery: Delivery, run: HandlerRun, context?: ExecutionContextLike): Promise<void> {
  const { event, id, keys, receivedAt, deviations } = delivery;
  const { router, report, logger, timeoutMs } = run;
  const work = router.dispatch(event, { id, keys, receivedAt, ...(deviations ? { deviations } : {}) }).then((failures) => {
    for (const cause of failures) {
      const error = new ReceiverError('HANDLER_FAILED', `A handler threw for delivery ${id}`, { cause });
      logger.error('wanxiang: a handler threw', { id, cause: describeCause(cause) });
      report(error, { receivedAt, id }, context);
    }
  });
  const settled = await settleWithin(() => work, timeoutMs);
  if (settled.status === 'timeout') {
    const error = new ReceiverError('HANDLER_TIMEOUT', `The handlers of delivery ${id} did not settle within ${timeoutMs} ms; they go on unawaited`);
    logger.warn('wanxiang: handlers did not settle in time', { id, timeoutMs });
    report(error, { receivedAt, id }, context);
  }
}
