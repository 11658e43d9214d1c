import { type CallbackEvent, isModerationDetail, isModerationSimple, isTaskFinish, isWorkflowFinish } from '@wanxiang/core';
import type { EchoField } from './echo-field.js';

/** An echo value found in a unit, at its dotted path, with the field it rides in. */
export interface FoundEcho {
  path: string;
  value: string;
  field: EchoField;
}

/**
 * One thing a callback reports on and the echo check judges on its own: a job of a TaskFinish,
 * the run of a WorkflowFinish, the result of a moderation. `found` holds the echo values the
 * unit carries (every one must be valid); when it is empty, `missing` is the dotted path named.
 */
export interface EchoUnit {
  /** The unit's own dotted path (`JobsDetail.1`, `WorkflowExecution`, `JobsDetail`, `data`), `''` for the whole event. */
  at: string;
  missing: string;
  /** What was looked for, for the refusal's message (`Operation.UserData`, `an x-cos-meta-ci-echo header`). */
  wanted: string;
  found: FoundEcho[];
}

/**
 * The units of an event and the echoes each carries:
 * - a TaskFinish job: `Operation.UserData`;
 * - a WorkflowFinish run: the `header` among `WorkflowExecution.CosHeaders` (the run carries no
 *   UserData and no DataId — only the uploaded object's headers, so the echo is set at upload);
 * - a moderation result: `DataId` (Simple: `data.data_id`) when present, else the `header` in its
 *   `CosHeaders` (`cos_headers`): image results and upload-triggered moderation carry no DataId.
 * An event of another kind (unknown EventName) gives one unit that carries nothing, so it is refused.
 */
export function echoUnitsOf(event: CallbackEvent, header: string): EchoUnit[] {
  if (isTaskFinish(event)) {
    const units = event.JobsDetail.map((job, index): EchoUnit => {
      const at = `JobsDetail.${index}`;
      const value = text(record(job.Operation)?.UserData);
      const path = `${at}.Operation.UserData`;
      return { at, missing: path, wanted: 'Operation.UserData', found: value === undefined ? [] : [{ path, value, field: 'UserData' }] };
    });
    // The schema requires a job; this only keeps an empty list from passing should it change.
    return units.length > 0 ? units : [{ at: '', missing: 'JobsDetail', wanted: 'a job', found: [] }];
  }
  if (isWorkflowFinish(event)) {
    const found: FoundEcho[] = [];
    event.WorkflowExecution.CosHeaders.forEach((entry, index) => {
      const value = text(entry.Value);
      if (entry.Key?.toLowerCase() === header && value !== undefined) {
        found.push({ path: `WorkflowExecution.CosHeaders.${index}.Value`, value, field: 'CosMeta' });
      }
    });
    return [{ at: 'WorkflowExecution', missing: 'WorkflowExecution.CosHeaders', wanted: `a ${header} header`, found }];
  }
  if (isModerationDetail(event)) return [moderationUnit('JobsDetail', record(event.JobsDetail), 'DataId', 'CosHeaders', header)];
  if (isModerationSimple(event)) return [moderationUnit('data', record(event.data), 'data_id', 'cos_headers', header)];
  return [{ at: '', missing: 'EventName', wanted: 'an event kind the echo check knows', found: [] }];
}

function moderationUnit(at: string, result: Record<string, unknown> | undefined, idName: string, headersName: string, header: string): EchoUnit {
  const missing = `${at}.${idName}`;
  const wanted = `${idName} or a ${header} header`;
  const dataId = text(result?.[idName]);
  if (dataId !== undefined) return { at, missing, wanted, found: [{ path: missing, value: dataId, field: 'DataId' }] };
  const found: FoundEcho[] = [];
  for (const [key, value] of Object.entries(record(result?.[headersName]) ?? {})) {
    const headerValue = text(value);
    if (key.toLowerCase() === header && headerValue !== undefined) found.push({ path: `${at}.${headersName}.${key}`, value: headerValue, field: 'CosMeta' });
  }
  return { at, missing, wanted, found };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
