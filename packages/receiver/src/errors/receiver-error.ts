import { type CallbackIssue, WanxiangError } from '@wanxiang/core';
import type { ReceiverErrorCode } from './receiver-error-code.js';
import { errorStatus } from './status.js';

/** A request the receiver refused or could not finish; its HTTP status follows from its code. */
export class ReceiverError extends WanxiangError<ReceiverErrorCode> {
  /** The HTTP status this error answers (`errorStatus[code]`), or `undefined` when it is reported without deciding the answer (archive and handler failures and timeouts). */
  readonly status: number | undefined;

  constructor(code: ReceiverErrorCode, message: string, options?: { issues?: CallbackIssue[]; cause?: unknown }) {
    super(code, message, options?.issues, { cause: options?.cause });
    this.name = 'ReceiverError';
    this.status = errorStatus[code];
  }
}
