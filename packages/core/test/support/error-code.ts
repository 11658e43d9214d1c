import { CallbackError } from '../../src/errors.js';

/** The CallbackError `run` throws, or a failure when it throws nothing or something else. */
export function callbackErrorOf(run: () => unknown): CallbackError {
  try {
    run();
  } catch (error) {
    if (error instanceof CallbackError) return error;
    throw error;
  }
  throw new Error('expected a CallbackError, but nothing was thrown');
}

/** The `code` of the CallbackError `run` throws. */
export function codeOf(run: () => unknown): string {
  return callbackErrorOf(run).code;
}
