// The corpus check as a plain function over (body, manifest entry): no file system, no test
// framework, no Node APIs, so vitest, workerd, Deno and a browser page can all call it.
import type { ManifestEntry } from './manifest.js';

/** The part of the core's API the check needs; pass the package or the browser bundle. */
export interface CorpusApi {
  parseCallback(body: Uint8Array, options?: { contentType?: string; contentVersion?: string }): unknown;
}

/** How the body is handed over: with the Content-Type CI sends, or none (sniffed). */
export type Delivery = 'content-type' | 'sniffed';

/**
 * Parses one corpus body and compares the event with its manifest facts. Returns the list of
 * mismatches (empty when the body passes). Bodies marked `wellFormed: false` must be rejected
 * with `MALFORMED_XML`/`MALFORMED_JSON`; the `task/_untagged` skeletons (no job at all) with
 * `INVALID_CALLBACK`.
 */
export function checkCorpusEntry(body: Uint8Array, entry: ManifestEntry, api: CorpusApi, delivery: Delivery = 'content-type'): string[] {
  const problems: string[] = [];
  const expect = (what: string, actual: unknown, expected: unknown): void => {
    if (!sameValue(actual, expected)) problems.push(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  };
  const options: { contentType?: string; contentVersion?: string } = {};
  if (delivery === 'content-type') options.contentType = entry.format === 'xml' ? 'application/xml' : 'application/json';
  if (entry.moderationVariant !== undefined) options.contentVersion = entry.moderationVariant;

  const expectedError = !entry.wellFormed ? (entry.format === 'xml' ? 'MALFORMED_XML' : 'MALFORMED_JSON') : entry.kind === '_untagged' ? 'INVALID_CALLBACK' : undefined;

  let event: any;
  try {
    event = api.parseCallback(body, options);
  } catch (error: any) {
    if (expectedError === undefined) return [`rejected: ${error?.code ?? ''} ${error?.message ?? error}`];
    expect('error code', error?.code, expectedError);
    expect('error name', error?.name, 'CallbackError');
    if (!Array.isArray(error?.issues) || error.issues.length === 0) problems.push('error has no issues');
    return problems;
  }
  if (expectedError !== undefined) return [`accepted, expected ${expectedError}`];

  expect('EventName', event.EventName, entry.eventName ?? inferredEventName(entry));
  if (entry.family === 'task') {
    expect('JobsDetail is a list', Array.isArray(event.JobsDetail), true);
    const jobs: any[] = Array.isArray(event.JobsDetail) ? event.JobsDetail : [];
    expect('JobsDetail count', jobs.length, entry.jobsDetailCount);
    expect(
      'Tags',
      jobs.map((job) => tagOf(job)),
      entry.tags,
    );
    expect(
      'JobIds',
      jobs.map((job) => job.JobId ?? null),
      entry.jobIds,
    );
    expect(
      'States',
      jobs.map((job) => job.State ?? null),
      entry.states,
    );
  } else if (entry.family === 'workflow') {
    const run = event.WorkflowExecution ?? {};
    const facts = entry.workflow!;
    expect('RunId', run.RunId, facts.runId);
    expect('WorkflowId', run.WorkflowId, facts.workflowId);
    expect('State', run.State, facts.state);
    expect('Tasks is a list', Array.isArray(run.Tasks), true);
    expect('Tasks count', run.Tasks?.length, facts.tasksCount);
    expect(
      'Tasks',
      (run.Tasks ?? []).map((task: any) => ({ type: task.Type, jobId: task.JobId, state: task.State })),
      facts.tasks,
    );
    expect('CosHeaders count', run.CosHeaders?.length, facts.cosHeadersCount);
  } else if (entry.moderationVariant === 'Detail') {
    expect('JobsDetail.JobId', event.JobsDetail?.JobId ?? null, entry.jobIds[0]);
    expect('JobsDetail.State', event.JobsDetail?.State ?? null, entry.states[0]);
  } else {
    const facts = entry.simple!;
    expect('code', event.code, facts.code);
    expect('message', event.message, facts.message);
    expect('data.event', event.data?.event, facts.event ?? undefined);
    expect('data.result', event.data?.result, facts.result);
    expect('data.forbidden_status', event.data?.forbidden_status, facts.forbidden_status);
    // An empty value is absent in the normalized event.
    expect('data.trace_id', event.data?.trace_id, facts.trace_id === '' ? undefined : facts.trace_id);
    expect('data.url', event.data?.url, facts.url === '' ? undefined : facts.url);
  }
  return problems;
}

/**
 * The EventName a body without one must get: its family's event, or for moderation the
 * `Review*` name of its kind (live streams are reviewed as `ReviewVideo`).
 */
export function inferredEventName(entry: ManifestEntry): string {
  if (entry.family === 'task') return 'TaskFinish';
  if (entry.family === 'workflow') return 'WorkflowFinish';
  const kind = entry.kind === 'live' ? 'video' : entry.kind;
  return `Review${kind[0]!.toUpperCase()}${kind.slice(1)}`;
}

function tagOf(job: any): string | null {
  return job.Tag === undefined ? null : String(job.Tag);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function show(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}
