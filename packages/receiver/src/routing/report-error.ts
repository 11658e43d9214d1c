import type { WanxiangError } from '@wanxiang/core';
import { settleWithin } from '../forward/deadline.js';
import type { ExecutionContextLike } from '../inbound/execution-context.js';
import { describeCause } from '../logging/describe-cause.js';
import type { Logger } from '../logging/logger.js';
import type { BackgroundWork } from './background.js';
import type { ErrorContext, Router } from './router.js';

/** Tells the `onError` handlers about an error, without ever making the caller wait. */
export type ReportError = (error: WanxiangError, context: ErrorContext, executionContext?: ExecutionContextLike) => void;

/**
 * The one way the receiver reports an error. Error handlers run detached — in `waitUntil` when
 * there is an execution context —, one after another, each given at most `timeoutMs`: an
 * `onError` that never settles must not hold a refusal (401, 413, …) or a 200 back, and one that
 * throws has nowhere left to report to, so both are only logged. The first handler is called
 * before `report` returns, so what it records synchronously is there when the answer is.
 */
export function errorReporter(router: Router, background: BackgroundWork, logger: Logger, timeoutMs: number): ReportError {
  return (error, context, executionContext) => {
    const handlers = router.errorHandlers();
    if (handlers.length === 0) return;
    const run = async () => {
      for (const handler of handlers) {
        const settled = await settleWithin(() => handler(error, context), timeoutMs);
        if (settled.status === 'timeout') {
          logger.warn(`wanxiang: an onError handler did not settle within ${timeoutMs} ms; not awaited further`, { code: error.code });
        } else if (settled.status === 'rejected') {
          logger.warn('wanxiang: an onError handler threw', { code: error.code, cause: describeCause(settled.reason) });
        }
      }
    };
    background.track(run(), executionContext);
  };
}
