import { ReceiverError } from '../errors/receiver-error.js';
import { describeCause } from '../logging/describe-cause.js';
import type { Logger } from '../logging/logger.js';
import type { ReportError } from '../routing/report-error.js';
import { settleWithin } from './deadline.js';
import type { Archive, ArchiveEntry } from './delivery.js';

/** What storing an archive entry needs. */
export interface ArchiveStep {
  archive: Archive;
  timeoutMs: number;
  logger: Logger;
  report: ReportError;
}

/**
 * Stores an entry, waiting at most `timeoutMs`; resolves `true` once it is stored. A rejection
 * (ARCHIVE_FAILED) or a timeout (ARCHIVE_TIMEOUT) is logged and reported and resolves `false`:
 * the archive is a copy, so the answer is still decided by what follows it.
 */
export async function storeArchive(step: ArchiveStep, entry: ArchiveEntry): Promise<boolean> {
  const settled = await settleWithin(() => step.archive.put(entry), step.timeoutMs);
  if (settled.status === 'fulfilled') return true;
  const error =
    settled.status === 'timeout'
      ? new ReceiverError('ARCHIVE_TIMEOUT', `The raw body was not archived at ${entry.key} within ${step.timeoutMs} ms`)
      : new ReceiverError('ARCHIVE_FAILED', `The raw body could not be archived at ${entry.key}`, { cause: settled.reason });
  const cause = settled.status === 'rejected' ? describeCause(settled.reason) : `no answer within ${step.timeoutMs} ms`;
  step.logger.error('wanxiang: the archive failed', { code: error.code, key: entry.key, cause });
  step.report(error, { receivedAt: entry.receivedAt, ...(entry.id ? { id: entry.id } : {}) });
  return false;
}
