// TaskFinish: one card per job, with its times, input and output, and result nodes.
import { block, facts, objectCard, otherFields, stateBadge, stateClass, template, timeFacts } from './card-parts.js';
import { h } from './dom.js';
import { speechTimeline } from './speech-timeline.js';
import { summary } from './summary.js';
import { nodeSections } from './tables.js';
import { isObject, present } from './value-shape.js';

const OPERATION_SHARED = ['TemplateId', 'TemplateName', 'UserData', 'JobLevel', 'Output'];
const JOB_HANDLED = ['Code', 'Message', 'JobId', 'State', 'Progress', 'CreationTime', 'StartTime', 'EndTime', 'QueueId', 'SubTag', 'Input', 'Workflow', 'Tag', 'Operation'];

function jobCard(job, index, count) {
  const operation = isObject(job.Operation) ? job.Operation : {};
  const failed = stateClass(job.State) === 'bad' || (present(job.Code) && job.Code !== 'Success');
  const resultKeys = Object.keys(operation).filter((key) => !OPERATION_SHARED.includes(key));
  const workflow = job.Workflow;
  return h(
    'article',
    { class: 'card job', 'data-testid': 'job', 'data-tag': String(job.Tag), 'data-state': String(job.State) },
    h(
      'header',
      { class: 'card-head' },
      h('h3', { class: 'tag' }, String(job.Tag ?? 'Job'), present(job.SubTag) && h('span', { class: 'subtag' }, ` · ${job.SubTag}`)),
      stateBadge(job.State),
      count > 1 && h('span', { class: 'muted' }, `job ${index + 1} of ${count}`),
      present(job.JobId) && h('code', { class: 'id', title: 'JobId' }, job.JobId),
    ),
    failed && (present(job.Code) || present(job.Message)) && h('p', { class: 'callout bad' }, h('code', null, job.Code ?? 'no Code'), present(job.Message) ? ` ${job.Message}` : ''),
    facts([
      ...timeFacts(job.CreationTime, job.StartTime, job.EndTime),
      ['Progress', present(job.Progress) ? `${job.Progress}%` : undefined],
      ['Code', failed ? undefined : job.Code],
      ['Message', failed ? undefined : job.Message],
      ['Queue', job.QueueId],
      ['Template', template(operation.TemplateName, operation.TemplateId)],
      ['Job level', operation.JobLevel],
      ['User data', operation.UserData],
    ]),
    isObject(workflow) &&
      h(
        'p',
        { class: 'workflow-ref' },
        'Run by workflow ',
        h('strong', null, workflow.WorkflowName ?? workflow.WorkflowId ?? '?'),
        present(workflow.Name) && [' at node ', h('code', null, workflow.Name)],
        present(workflow.RunId) && [' · run ', h('code', null, workflow.RunId)],
        present(workflow.WorkflowId) && [' · ', h('code', null, workflow.WorkflowId)],
      ),
    (isObject(job.Input) || isObject(operation.Output)) &&
      h(
        'div',
        { class: 'io' },
        objectCard('Input', job.Input) ?? h('div', { class: 'object-card none' }, 'No Input'),
        h('div', { class: 'arrow', 'aria-hidden': 'true' }, '→'),
        objectCard('Output', operation.Output) ?? h('div', { class: 'object-card none' }, 'No Output'),
      ),
    job.Tag === 'SpeechRecognition' && speechTimeline(operation.SpeechRecognitionResult),
    resultKeys.length > 0 &&
      block(
        'Result',
        resultKeys.flatMap((key) =>
          // The words are on the timeline above.
          nodeSections(`Operation.${key}`, operation[key], (path, child) => (child === 'Words' && /ResultDetail/.test(path)) || child === 'word_list'),
        ),
      ),
    otherFields(job, JOB_HANDLED),
  );
}

/** TaskFinish: a summary, then one card per job. */
export function taskFinishView(event, formatNote) {
  const jobs = event.JobsDetail;
  return [
    summary(event.EventName, `${jobs.length} ${jobs.length === 1 ? 'job' : 'jobs'}`, formatNote),
    jobs.map((job, index) => jobCard(job, index, jobs.length)),
    otherFields(event, ['EventName', 'JobsDetail']),
  ];
}
