import { COMPARED_FIELDS, type ComparedField } from '@wanxiang/ci-api';
import type { Colors } from 'picocolors/types';
import { escapeControls } from '../output/event-tree.js';

// The fields createCiConfirm compares, per unit (one list, in @wanxiang/ci-api): what decides
// whether a callback is CI's, so what a person checking one wants to read first, less what the
// unit's heading already shows and the tasks, which have lines of their own. The rest is in `--json`.
const JOB_HEADING = ['Tag', 'JobId', 'State'];
const RUN_HEADING = ['WorkflowId', 'RunId'];
const MODERATION_HEADING = ['JobId', 'State'];
const JOB_FIELDS = shown(COMPARED_FIELDS.job, JOB_HEADING);
const RUN_FIELDS = shown(COMPARED_FIELDS.run, RUN_HEADING);
const MODERATION_FIELDS = shown(COMPARED_FIELDS.moderation, MODERATION_HEADING);

/** The compared fields (by their path in the record) that are not in the heading and are not a task's. */
function shown(fields: readonly ComparedField[], heading: readonly string[]): string[] {
  return fields.map((field) => (typeof field === 'string' ? field : field[1])).filter((field) => !heading.includes(field) && !field.includes('*'));
}

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
      lines.push(`  ${colors.dim(`JobsDetail.${index}`)} ${unitHeading(job, JOB_HEADING, colors)}`);
      lines.push(...fieldLines(job, JOB_FIELDS, colors, '    '));
    }
  } else if (isObject(record.WorkflowExecution)) {
    const run = record.WorkflowExecution;
    lines.push(`  ${colors.dim('WorkflowExecution')} ${unitHeading(run, RUN_HEADING, colors)}`);
    lines.push(...fieldLines(run, RUN_FIELDS, colors, '    '));
    if (Array.isArray(run.Tasks)) for (const [index, task] of run.Tasks.entries()) lines.push(`    ${colors.dim(`Tasks.${index}`)} ${unitHeading(task, ['Type', 'JobId', 'State'], colors)}`);
  } else if (isObject(jobs)) {
    lines.push(`  ${colors.dim('JobsDetail')} ${unitHeading(jobs, MODERATION_HEADING, colors)}`);
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
