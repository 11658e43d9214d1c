// WorkflowFinish: the run, and its Tasks in order on a shared time axis.
import { block, facts, otherFields, stateBadge, stateClass, template } from './card-parts.js';
import { h } from './dom.js';
import { summary } from './summary.js';
import { columnsTable } from './tables.js';
import { ciTime, dateTime, durationText, timeNode } from './time.js';
import { present } from './value-shape.js';

/** WorkflowFinish: the run, its facts, and its Tasks on a shared time axis. */
export function workflowView(event, formatNote) {
  const run = event.WorkflowExecution ?? {};
  const tasks = run.Tasks ?? [];
  const times = tasks.flatMap((task) => [ciTime(task.CreateTime ?? task.Createtime), ciTime(task.StartTime), ciTime(task.EndTime)]).filter(Boolean);
  const runStart = ciTime(run.CreateTime) ?? (times.length ? new Date(Math.min(...times)) : undefined);
  const runEnd = times.length ? new Date(Math.max(...times)) : undefined;
  const span = runStart && runEnd ? Math.max(1, runEnd - runStart) : undefined;
  const at = (date) => `${Math.min(100, Math.max(0, ((date - runStart) / span) * 100)).toFixed(3)}%`;
  return [
    summary(event.EventName, `${tasks.length} ${tasks.length === 1 ? 'task' : 'tasks'}`, formatNote),
    h(
      'article',
      { class: 'card workflow' },
      h(
        'header',
        { class: 'card-head' },
        h('h3', { class: 'tag' }, run.WorkflowName ?? 'Workflow run'),
        stateBadge(run.State),
        present(run.WorkflowId) && h('code', { class: 'id', title: 'WorkflowId' }, run.WorkflowId),
      ),
      facts([
        ['Run', present(run.RunId) ? h('code', null, run.RunId) : undefined],
        ['Object', run.Object],
        ['Bucket', run.BucketId],
        ['Created', present(run.CreateTime) ? timeNode(run.CreateTime) : undefined],
        ['Last task ended', runEnd && tasks.some((task) => present(task.EndTime)) ? h('time', { datetime: runEnd.toISOString() }, dateTime.format(runEnd)) : undefined],
        ['Took', runStart && runEnd ? durationText(runEnd - runStart, true) : undefined],
      ]),
      run.CosHeaders?.length > 0 && h('div', { class: 'sub' }, h('h5', null, 'CosHeaders'), columnsTable(run.CosHeaders)),
      block(
        `Tasks (${tasks.length})`,
        tasks.length === 0
          ? h('p', { class: 'none' }, 'This run lists no tasks.')
          : h(
              'ol',
              { class: 'tasks' },
              tasks.map((task) => {
                const created = task.CreateTime ?? task.Createtime;
                const from = ciTime(task.StartTime) ?? ciTime(created);
                const to = ciTime(task.EndTime);
                return h(
                  'li',
                  { class: 'task', 'data-testid': 'task', 'data-type': String(task.Type), 'data-state': String(task.State) },
                  h(
                    'div',
                    { class: 'task-head' },
                    h('span', { class: 'tag' }, task.Type ?? 'Task'),
                    stateBadge(task.State),
                    present(task.Name) && h('code', { class: 'muted' }, task.Name),
                    present(task.JobId) && h('code', { class: 'id', title: 'JobId' }, task.JobId),
                  ),
                  facts([
                    ['Created', present(created) ? timeNode(created) : undefined],
                    ['Started', present(task.StartTime) ? timeNode(task.StartTime) : undefined],
                    ['Ended', present(task.EndTime) ? timeNode(task.EndTime) : undefined],
                    ['Took', from && to ? durationText(to - from, true) : undefined],
                    ['Template', template(task.TemplateName, task.TemplateId)],
                  ]),
                  span &&
                    from &&
                    to &&
                    h(
                      'div',
                      { class: 'gantt', 'aria-hidden': 'true' },
                      h('span', { class: `bar ${stateClass(task.State)}`, style: { left: at(from), width: `max(2px, calc(${at(to)} - ${at(from)}))` } }),
                    ),
                  otherFields(task, ['Type', 'CreateTime', 'Createtime', 'StartTime', 'EndTime', 'State', 'JobId', 'Name', 'TemplateId', 'TemplateName']),
                );
              }),
            ),
      ),
      otherFields(run, ['WorkflowId', 'WorkflowName', 'RunId', 'State', 'BucketId', 'Object', 'CreateTime', 'CosHeaders', 'Tasks']),
    ),
    otherFields(event, ['EventName', 'WorkflowExecution']),
  ];
}
