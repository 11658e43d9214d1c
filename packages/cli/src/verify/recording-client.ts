import type { CiClient } from '@wanxiang/ci-api';
import { type CallbackEvent, isTaskFinish, type JobDetail } from '@wanxiang/core';

/** A client that keeps what CI answered, and the record those answers make. */
export interface RecordingClient {
  client: CiClient;
  /**
   * CI's record of what `event` reports, from the answers kept: a confirmation that refuses
   * gives none, yet what CI says is what a person checking a callback wants to see. `null`
   * when CI answered nothing (no such job, or nothing asked).
   */
  recordOf(event: CallbackEvent): unknown;
}

/** Wraps `client` so that every answer it gives is kept for {@link RecordingClient.recordOf}. */
export function recordingClient(client: CiClient): RecordingClient {
  const jobs: JobDetail[] = [];
  let last: unknown = null;
  const recorded: CiClient = {
    async getJobs(target, ids, options) {
      const answer = await client.getJobs(target, ids, options);
      jobs.push(...answer.jobs);
      return answer;
    },
    async getWorkflowExecution(target, runId, options) {
      const answer = await client.getWorkflowExecution(target, runId, options);
      last = answer.event;
      return answer;
    },
    async getModerationJob(target, kind, jobId, options) {
      const answer = await client.getModerationJob(target, kind, jobId, options);
      last = answer.event;
      return answer;
    },
  };
  return {
    client: recorded,
    recordOf(event) {
      if (!isTaskFinish(event)) return last;
      // Batches answer in parallel: the record follows the callback's order, as a confirmed one does.
      const byId = new Map(jobs.map((job) => [job.JobId, job] as const));
      const found = event.JobsDetail.flatMap((job) => (byId.has(job.JobId) ? [byId.get(job.JobId)!] : []));
      return found.length === 0 ? null : { EventName: 'TaskFinish', JobsDetail: found };
    },
  };
}
