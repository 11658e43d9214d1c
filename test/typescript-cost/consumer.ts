// What a user's handler does with the published declarations; test/typescript-cost.test.ts
// compiles it against dist/*.d.ts and holds tsc's instantiation count to a budget.
import { type CallbackEvent, isCallbackError, isModerationSimple, parseCallback, type TranscodeJob } from '@wanxiang/core';
import { createReceiver } from '@wanxiang/receiver';

export function describeEvent(body: string): string[] {
  let event: CallbackEvent;
  try {
    event = parseCallback(body);
  } catch (error) {
    return isCallbackError(error) ? [error.code, error.message] : ['unexpected'];
  }
  if (event.EventName === 'WorkflowFinish') return (event.WorkflowExecution.Tasks ?? []).map((task) => `${task.Type}:${task.State}`);
  if (isModerationSimple(event)) return [String(event.EventName), String(event.data?.result)];
  if (event.EventName === 'ReviewImage') return [String(event.JobsDetail.Result), event.JobsDetail.PornInfo?.Label ?? ''];
  if (event.EventName !== 'TaskFinish') return [String(event.EventName)];
  const lines: string[] = [];
  for (const job of event.JobsDetail) {
    if (job.Tag === 'Transcode') {
      const duration: number | undefined = job.Operation?.MediaInfo?.Format?.Duration;
      lines.push(`${job.JobId} ${duration} ${job.Operation?.MediaResult?.OutputFile?.ObjectName?.[0] ?? ''}`);
    } else if (job.Tag === 'SpeechRecognition') {
      lines.push(job.Operation?.SpeechRecognitionResult?.ResultDetail?.[0]?.Words?.[0]?.Word ?? '');
    } else {
      lines.push(`${String(job.Tag)} ${job.State ?? ''}`);
    }
  }
  return lines;
}

const receiver = createReceiver({ tokens: ['a-token-of-sixteen-chars'], forwarder: { send: async () => {} } });
receiver.on('Transcode', (job, { key }) => console.log(key, job.Operation?.MediaInfo?.Stream?.Video?.[0]?.Width));
receiver.on('TaskFinish', (event) => console.log(event.JobsDetail.length));

// The declarations still have to say something (were they `any`, the count would fall too):
// @ts-expect-error: a Transcode job's Tag is 'Transcode'
export const misread = (job: TranscodeJob): 'Snapshot' => job.Tag;
