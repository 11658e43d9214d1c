import { type CallbackEvent, isModerationDetail, isTaskFinish, isWorkflowFinish } from '@wanxiang/core';

/** A field an allow-list can restrict. */
export type AllowField = 'BucketId' | 'Region' | 'QueueId' | 'WorkflowId';

/** A value found in a unit, at its dotted path. */
export interface Found {
  path: string;
  value: string;
}

/**
 * One thing a callback reports on and an allow-list judges on its own: a job of a TaskFinish,
 * the run of a WorkflowFinish, the result of a moderation. `where` lists, per field, the dotted
 * paths that can hold it (the first is the one named when the field is missing); `found` gives
 * the values present.
 */
export interface Unit {
  where: Readonly<Record<AllowField, readonly string[]>>;
  /** The unit's own dotted path (`JobsDetail.1`, `WorkflowExecution`), `''` for the whole event. */
  at: string;
  found(field: AllowField): Found[];
}

/**
 * The units of an event, told apart by the core's event-kind guards. Output locations are not
 * checked (a job may write anywhere). An event with no unit the receiver knows (an unknown
 * EventName, a Simple moderation result, a TaskFinish without jobs) gives one unit that carries
 * nothing, so any configured list refuses it.
 */
export function unitsOf(event: CallbackEvent): Unit[] {
  if (isTaskFinish(event)) {
    const units = event.JobsDetail.map((job, index) => {
      const at = `JobsDetail.${index}`;
      // Older pages name the input bucket `BucketId`, newer ones `Bucket`: both count, both are checked.
      return unit(
        {
          BucketId: [`${at}.Input.BucketId`, `${at}.Input.Bucket`],
          Region: [`${at}.Input.Region`],
          QueueId: [`${at}.QueueId`],
          WorkflowId: [`${at}.Workflow.WorkflowId`],
        },
        job,
        at,
      );
    });
    return units.length > 0 ? units : [nothing('JobsDetail')];
  }
  if (isWorkflowFinish(event)) {
    return [unit({ BucketId: ['WorkflowExecution.BucketId'], WorkflowId: ['WorkflowExecution.WorkflowId'] }, event, 'WorkflowExecution')];
  }
  if (isModerationDetail(event)) return [unit({ BucketId: ['JobsDetail.BucketId'], Region: ['JobsDetail.Region'] }, event, 'JobsDetail')];
  return [nothing('')];
}

/**
 * A unit whose fields live at `where`, read from `root` (the event, or a job: paths are relative
 * to it after their `JobsDetail.<n>.` prefix). `at` names the unit, where a field it has no place
 * for belongs (a workflow run has no Region).
 */
function unit(where: Places, root: unknown, at: string): Unit {
  return {
    where: withFallback(where, at),
    at,
    found(field) {
      const found: Found[] = [];
      for (const path of where[field] ?? []) {
        const value = read(root, path);
        if (typeof value === 'string') found.push({ path, value });
      }
      return found;
    },
  };
}

function nothing(at: string): Unit {
  return { where: withFallback({}, at), at, found: () => [] };
}

/** Every field gets a place: its own, or `<at>.<field>` when the unit has none. */
function withFallback(where: Places, at: string): Unit['where'] {
  const place = (field: AllowField) => where[field] ?? [at === '' ? field : `${at}.${field}`];
  return { BucketId: place('BucketId'), Region: place('Region'), QueueId: place('QueueId'), WorkflowId: place('WorkflowId') };
}

type Places = Partial<Record<AllowField, readonly string[]>>;

/** The value at a dotted path; a job's paths start `JobsDetail.<n>.`, which is the job itself. */
function read(root: unknown, path: string): unknown {
  const steps = path.split('.');
  if (steps[0] === 'JobsDetail' && /^\d+$/.test(steps[1] ?? '')) steps.splice(0, 2);
  let value: unknown = root;
  for (const step of steps) value = isRecord(value) ? value[step] : undefined;
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
