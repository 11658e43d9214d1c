import { type CallbackBody, type CallbackEvent, parseCallbackLenient, type TaskFinishEvent, type WorkflowFinishEvent } from '@wanxiang/core';
import { type JobPath, jobPathOf } from '../client/job-paths.js';
import { type ModerationKind, moderationKindOf } from '../client/moderation-kinds.js';
import { jsonAsXml } from './json-as-xml.js';
import { xmlChildren } from './xml-elements.js';

/** What a callback body gives the double to serve, each record as the XML element CI's API answers with. */
export type CallbackRecords =
  | { kind: 'jobs'; jobs: { id: string; path: JobPath; xml: string }[] }
  | { kind: 'run'; runId: string; xml: string }
  | { kind: 'moderation'; moderation: ModerationKind; jobId: string; xml: string };

/**
 * The records of a callback body: its jobs (each with the query path its Tag has), its
 * workflow run, or its moderation job. The core reads the body for the ids; the records are the
 * body's own elements (XML) or its values written as CI writes XML (JSON).
 *
 * @throws TypeError for a body that is not a callback, a Simple moderation body (it has no job
 *   record), or a moderation kind without a query path.
 */
export function callbackRecords(body: CallbackBody, contentType?: string | null): CallbackRecords {
  let event: CallbackEvent;
  try {
    event = parseCallbackLenient(body, { contentType }).event;
  } catch (error) {
    throw new TypeError(`addCallback: not a callback body (${error instanceof Error ? error.message : String(error)})`);
  }
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  const elements = elementsOf(text);
  const named = (name: string) => elements.filter((element) => element.name === name).map((element) => element.xml);
  const name = String(event.EventName);
  if (name === 'TaskFinish') {
    const jobs = (event as TaskFinishEvent).JobsDetail;
    const xml = named('JobsDetail');
    if (xml.length !== jobs.length) throw new TypeError(`addCallback: ${jobs.length} jobs parsed but ${xml.length} JobsDetail elements found`);
    if (jobs.some((job) => job.JobId === undefined)) throw new TypeError('addCallback: a job of the callback has no JobId');
    return { kind: 'jobs', jobs: jobs.map((job, index) => ({ id: job.JobId!, path: jobPathOf(String(job.Tag ?? '')), xml: xml[index]! })) };
  }
  if (name === 'WorkflowFinish') {
    const runId = (event as WorkflowFinishEvent).WorkflowExecution.RunId;
    const xml = named('WorkflowExecution')[0];
    if (runId === undefined || xml === undefined) throw new TypeError('addCallback: the workflow callback has no RunId');
    return { kind: 'run', runId, xml };
  }
  const moderation = moderationKindOf(name);
  const detail = (event as { JobsDetail?: { JobId?: string } }).JobsDetail;
  if (moderation === undefined || detail?.JobId === undefined)
    throw new TypeError(`addCallback: a ${name} callback has no job CI's API serves (a Simple moderation body, or a kind without a query path)`);
  const xml = named('JobsDetail')[0];
  if (xml === undefined) throw new TypeError('addCallback: the moderation callback has no JobsDetail');
  return { kind: 'moderation', moderation, jobId: detail.JobId, xml };
}

/** The top-level elements of a body: XML's root children, or JSON's fields written as XML. */
function elementsOf(text: string): { name: string; xml: string }[] {
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (first === '<') return xmlChildren(text);
  let root = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  if (Object.keys(root).length === 1 && root.Response !== null && typeof root.Response === 'object') root = root.Response as Record<string, unknown>;
  return Object.entries(root).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((item) => ({ name, xml: jsonAsXml(name, item) })));
}
