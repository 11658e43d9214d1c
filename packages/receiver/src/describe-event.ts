import type { CallbackEvent } from '@wanxiang/core';

/** One log line's worth of an event: `TaskFinish Transcode JobId=j8d… State=Success`, `WorkflowFinish RunId=… State=…`. */
export function describeEvent(event: CallbackEvent): string {
  if (event.EventName === 'TaskFinish') {
    const jobs = event.JobsDetail.map((job) => `${String(job.Tag)} JobId=${job.JobId ?? '-'} State=${job.State ?? '-'}`);
    return `TaskFinish ${jobs.join('; ')}`;
  }
  if (event.EventName === 'WorkflowFinish') {
    const run = event.WorkflowExecution;
    return `WorkflowFinish RunId=${run.RunId ?? '-'} State=${run.State ?? '-'} Tasks=${run.Tasks.length}`;
  }
  const record = event as Record<string, unknown>;
  const detail = record['JobsDetail'] as Record<string, unknown> | undefined;
  if (detail) return `${String(event.EventName)} JobId=${String(detail['JobId'] ?? '-')} State=${String(detail['State'] ?? '-')}`;
  const data = record['data'] as Record<string, unknown> | undefined;
  if ('code' in record) return `${String(event.EventName)} trace_id=${String(data?.['trace_id'] ?? '-')} result=${String(data?.['result'] ?? '-')}`;
  return String(event.EventName);
}
