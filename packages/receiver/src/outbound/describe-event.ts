import { type CallbackEvent, excerpt } from '@wanxiang/core';

/** Most jobs a line names; the rest are counted. */
const MAX_JOBS = 5;

/**
 * One log line's worth of an event: `TaskFinish Transcode JobId=j8d… State=Success`,
 * `WorkflowFinish RunId=… State=…`. Every value comes from the body, so each is escaped and
 * bounded ({@link excerpt}): a JobId holding CR/LF or terminal escapes stays inside this line.
 */
export function describeEvent(event: CallbackEvent): string {
  const name = text(event.EventName);
  if (event.EventName === 'TaskFinish' && Array.isArray(event.JobsDetail)) {
    const jobs = event.JobsDetail.slice(0, MAX_JOBS).map((job) => `${text(job.Tag)} JobId=${text(job.JobId)} State=${text(job.State)}`);
    const more = event.JobsDetail.length > MAX_JOBS ? ` (+${event.JobsDetail.length - MAX_JOBS} more jobs)` : '';
    return `TaskFinish ${jobs.join('; ')}${more}`;
  }
  if (event.EventName === 'WorkflowFinish') {
    const run = event.WorkflowExecution;
    return `WorkflowFinish RunId=${text(run?.RunId)} State=${text(run?.State)} Tasks=${Array.isArray(run?.Tasks) ? run.Tasks.length : 0}`;
  }
  const record = event as Record<string, unknown>;
  const detail = record.JobsDetail;
  if (isRecord(detail)) return `${name} JobId=${text(detail.JobId)} State=${text(detail.State)}`;
  const data = record.data;
  if ('code' in record) return `${name} trace_id=${text(isRecord(data) ? data.trace_id : undefined)} result=${text(isRecord(data) ? data.result : undefined)}`;
  return name;
}

/** A body value as log text: `-` when absent, else escaped and bounded. */
function text(value: unknown): string {
  if (value === undefined || value === null) return '-';
  return excerpt(typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : (JSON.stringify(value) ?? '-'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
