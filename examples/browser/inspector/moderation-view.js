// Content moderation callbacks: the Detail form (JobsDetail) and the Simple form (code, message, data).
import { isTestRequest } from '../../../packages/core/dist/wanxiang.browser.js';
import { block, facts, objectCard, otherFields, stateBadge } from './card-parts.js';
import { h } from './dom.js';
import { summary } from './summary.js';
import { nodeSections } from './tables.js';
import { timeNode } from './time.js';
import { isObject, present } from './value-shape.js';

/** Content moderation: `Result` 0 is normal, 1 a violation, 2 suspect (review by a person). */
const VERDICTS = { 0: ['Normal', 'ok'], 1: ['Violation', 'bad'], 2: ['Suspect', 'warn'] };

function verdictBadge(result) {
  const verdict = VERDICTS[result];
  if (!verdict) return null;
  return h('span', { class: `badge ${verdict[1]}`, title: `Result ${result}` }, verdict[0]);
}

const MODERATION_INPUT = ['BucketId', 'Region', 'Object', 'Url', 'Content', 'DataId'];
const MODERATION_VERDICT = ['Label', 'Result', 'Score', 'Category', 'SubLabel', 'ForbidState', 'Suggestion'];

/** A moderation job in the Detail shape: its verdict, the input it judged, and the details. */
export function moderationDetailView(event, formatNote) {
  const job = event.JobsDetail;
  const inputFields = Object.fromEntries(MODERATION_INPUT.filter((key) => present(job[key])).map((key) => [key, job[key]]));
  const handled = ['JobId', 'State', 'CreationTime', 'Code', 'Message', ...MODERATION_INPUT, ...MODERATION_VERDICT];
  return [
    summary(event.EventName, 'content moderation · Detail', formatNote),
    h(
      'article',
      { class: 'card job', 'data-testid': 'job', 'data-tag': String(job.Tag), 'data-state': String(job.State) },
      h(
        'header',
        { class: 'card-head' },
        h('h3', { class: 'tag' }, event.EventName),
        stateBadge(job.State),
        verdictBadge(job.Result),
        present(job.JobId) && h('code', { class: 'id', title: 'JobId' }, job.JobId),
      ),
      present(job.Code) && job.Code !== 'Success' && h('p', { class: 'callout bad' }, h('code', null, job.Code), present(job.Message) ? ` ${job.Message}` : ''),
      facts([['Created', present(job.CreationTime) ? timeNode(job.CreationTime) : undefined], ...MODERATION_VERDICT.map((key) => [key, job[key]])]),
      Object.keys(inputFields).length > 0 && h('div', { class: 'io single' }, objectCard('Input', inputFields)),
      otherFields(job, handled, 'Result'),
    ),
    otherFields(event, ['EventName', 'JobsDetail']),
  ];
}

/** A moderation result in the Simple shape (`code`, `message`, `data`), or CI's test request. */
export function moderationSimpleView(event, formatNote) {
  const data = isObject(event.data) ? event.data : undefined;
  return [
    summary(event.EventName, 'content moderation · Simple', formatNote),
    isTestRequest(event) && h('p', { class: 'callout info' }, 'This is CI’s test request, sent when a callback URL is saved: answer 200, deliver nothing.'),
    h(
      'article',
      { class: 'card' },
      h(
        'header',
        { class: 'card-head' },
        h('h3', { class: 'tag' }, event.EventName),
        data && verdictBadge(data.result),
        present(data?.trace_id) && h('code', { class: 'id', title: 'data.trace_id' }, data.trace_id),
      ),
      facts([
        ['code', event.code],
        ['message', event.message],
      ]),
      data && block('data', nodeSections('data', data)),
      otherFields(event, ['EventName', 'code', 'message', 'data']),
    ),
  ];
}
