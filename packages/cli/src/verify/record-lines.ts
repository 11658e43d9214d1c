import type { Colors } from 'picocolors/types';
import { escapeControls } from '../output/event-tree.js';

// The fields createCiConfirm compares, per unit: what decides whether a callback is CI's, so
// what a person checking one wants to read first. The rest is in `--json`.
const JOB_FIELDS = [
  'Code',
  'QueueId',
  'Input.Object',
  'Workflow.WorkflowId',
  'Workflow.RunId',
  'Workflow.Name',
  'Operation.UserData',
  'Operation.Output.Bucket',
  'Operation.Output.Region',
  'Operation.Output.Object',
];
const RUN_FIELDS = ['WorkflowName', 'State', 'Object'];
const MODERATION_FIELDS = ['Code', 'Object', 'Url', 'DataId', 'Result', 'Label', 'Score', 'ForbidState'];

/**
 * CI's record, readable: a heading naming where it was asked, then each job (its Tag, JobId and
 * State, then the other compared fields), the workflow run (and each task), or the moderation
 * job. Every value is text CI or a body chose, so each is escaped.
 */
export function recordLines(record: unknown, where: string, colors: Colors): string[] {
  if (!isObject(record)) return [colors.dim(`CI gave no record in ${escapeControls(where)}`)];
  const lines = [`${colors.bold(`CI's record (${escapeControls(String(record.EventName ?? 'unknown event'))})`)} ${colors.dim(`in ${escapeControls(where)}`)}`];
  const jobs = record.JobsDetail;
  if (Array.isArray(jobs)) {
    for (const [index, job] of jobs.entries()) {
      lines.push(`  ${colors.dim(`JobsDetail.${index}`)} ${unitHeading(job, ['Tag', 'JobId', 'State'], colors)}`);
      lines.push(...fieldLines(job, JOB_FIELDS, colors, '    '));
    }
  } else if (isObject(record.WorkflowExecution)) {
    const run = record.WorkflowExecution;
    lines.push(`  ${colors.dim('WorkflowExecution')} ${unitHeading(run, ['WorkflowId', 'RunId'], colors)}`);
    lines.push(...fieldLines(run, RUN_FIELDS, colors, '    '));
    if (Array.isArray(run.Tasks)) for (const [index, task] of run.Tasks.entries()) lines.push(`    ${colors.dim(`Tasks.${index}`)} ${unitHeading(task, ['Type', 'JobId', 'State'], colors)}`);
  } else if (isObject(jobs)) {
    lines.push(`  ${colors.dim('JobsDetail')} ${unitHeading(jobs, ['JobId', 'State'], colors)}`);
    lines.push(...fieldLines(jobs, MODERATION_FIELDS, colors, '    '));
  }
  return lines;
}

function unitHeading(unit: unknown, fields: readonly string[], colors: Colors): string {
  return fields.map((field) => text(read(unit, field)) ?? colors.dim(`(no ${field})`)).join(' ');
}

function fieldLines(unit: unknown, fields: readonly string[], colors: Colors, indent: string): string[] {
  return fields.flatMap((field) => {
    const value = text(read(unit, field));
    return value === undefined ? [] : [`${indent}${colors.cyan(field)}: ${value}`];
  });
}

function read(root: unknown, path: string): unknown {
  let current = root;
  for (const step of path.split('.')) current = isObject(current) && Object.hasOwn(current, step) ? current[step] : undefined;
  return current;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : escapeControls(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
