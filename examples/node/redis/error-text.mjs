// The text of a thrown value for a log line: bounded and escaped (excerpt), since an error may
// quote what a callback or a foreign stream entry carried, and never itself a throw.
import { excerpt } from '@wanxiang/core';

/**
 * @param {unknown} error
 * @returns {string}
 */
export function errorText(error) {
  try {
    return excerpt(error instanceof Error ? error.message : String(error), 300);
  } catch {
    return 'an error that cannot be printed';
  }
}
