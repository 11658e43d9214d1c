// The callback inspector: a body in (pasted, dropped or picked), the event @wanxiang/core makes
// of it out, drawn for a person. One source for both pages: index.html loads this module as is;
// scripts/build-inspector.mjs bundles it with the core into examples/browser/dist/inspector.html.
//
// Bodies are untrusted. Every string that comes from one reaches the page through text nodes,
// attributes or CSSOM properties (DOM APIs), never through innerHTML or a URL.
import { formatFromContentType, isCallbackError, isTestRequest, parseCallback, parseCiTime } from '../../packages/core/dist/wanxiang.browser.js';
import { samples } from './samples.js';

const $ = (selector) => document.querySelector(selector);
const bodyInput = $('#body');
const sampleSelect = $('#sample');
const inspectButton = $('#inspect');
const fileInput = $('#file');
const output = $('#output');
const sourceNote = $('#source-note');
const dropOverlay = $('#drop-overlay');

/** The body's largest size shown in the textarea; bigger files are parsed but not shown. */
const LARGEST_SHOWN = 4 * 1024 * 1024;

/**
 * Where the body comes from. `bytes` is set for a dropped or opened file (parsed as bytes, as a
 * receiver would); `contentType` only when a sample or file name says it, otherwise the core sniffs.
 */
let source = { origin: 'empty', bytes: undefined, contentType: undefined };

// ---------------------------------------------------------------------------------------------
// DOM helpers: every child string becomes a text node.

function h(tag, props, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') element.className = value;
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key === 'style') for (const [name, v] of Object.entries(value)) element.style.setProperty(name, v);
    else if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
  return parent;
}

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPrimitive = (value) => value === null || typeof value !== 'object';
const isFlat = (value) => isPrimitive(value) || (Array.isArray(value) && value.every(isPrimitive));
const present = (value) => value !== undefined && value !== null && value !== '';

// ---------------------------------------------------------------------------------------------
// Times, durations, sizes.

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const dateTime = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
});
const numberFormat = new Intl.NumberFormat();

/** A CI time (`2022-06-30T15:29:42+0800`) as a `Date`, or undefined. */
function ciTime(text) {
  if (typeof text !== 'string') return undefined;
  try {
    return parseCiTime(text);
  } catch {
    return undefined;
  }
}

/** A CI time in the reader's time zone, with the time as sent in its tooltip. */
function timeNode(text) {
  const date = ciTime(text);
  if (date === undefined) return h('span', { class: 'value bad', title: 'Not a CI time; shown as sent' }, text);
  return h('time', { datetime: date.toISOString(), title: `${text} as sent` }, dateTime.format(date));
}

/** A duration; `coarse` for CI times, which carry whole seconds. */
function durationText(ms, coarse = false) {
  if (!Number.isFinite(ms)) return '';
  if (coarse && Math.abs(ms) < 1000) return 'under 1 s';
  const sign = ms < 0 ? '−' : '';
  let rest = Math.abs(ms);
  if (rest < 1000) return `${sign}${Math.round(rest)} ms`;
  if (rest < 60_000) return `${sign}${Number((rest / 1000).toFixed(rest < 10_000 ? 1 : 0))} s`;
  const parts = [];
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['min', 60_000], ['s', 1000]]) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count} ${unit}`);
  }
  return sign + parts.slice(0, 2).join(' ');
}

/** Milliseconds as a timeline label: `0:03.32`. */
function clock(ms) {
  const minutes = Math.floor(ms / 60_000);
  const seconds = (ms - minutes * 60_000) / 1000;
  return `${minutes}:${seconds.toFixed(2).padStart(5, '0')}`;
}

function bytesText(bytes) {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

/** A hint after a few numbers whose unit the field name tells. */
function numberHint(key, value) {
  if (/^(Size|FileSize|Length)$/.test(key) && value >= 1024) return bytesText(value);
  if (/Bitrate$/i.test(key) && value >= 1000) return value >= 1e6 ? `${(value / 1e6).toFixed(2)} Mbit/s` : `${(value / 1e3).toFixed(0)} kbit/s`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Values and nodes as tables.

function valueNode(key, value) {
  if (value === undefined || value === null || value === '') return h('span', { class: 'none' }, '—');
  if (typeof value === 'string') {
    if (/time$/i.test(key) && /^\d{4}-\d{2}-\d{2}[T ]\d/.test(value)) return timeNode(value);
    return h('span', { class: /\s/.test(value) ? 'value text' : 'value mono' }, value);
  }
  if (typeof value === 'number') {
    const hint = numberHint(key, value);
    return h('span', { class: 'value num' }, String(value), hint && h('span', { class: 'hint' }, ` ${hint}`));
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return h('span', { class: 'none' }, 'empty list');
    return h('span', { class: 'chips' }, value.map((item) => h('span', { class: 'chip' }, valueNode(key, item))));
  }
  return h('span', { class: 'value mono' }, JSON.stringify(value));
}

/** A two-column table of flat fields; a long one is cut in two, side by side. */
function keyValueTable(entries, split = true) {
  if (split && entries.length > 10) {
    const half = Math.ceil(entries.length / 2);
    return h('div', { class: 'kv-split' }, keyValueTable(entries.slice(0, half), false), keyValueTable(entries.slice(half), false));
  }
  return h(
    'table',
    { class: 'kv' },
    h('tbody', null, entries.map(([key, value]) => h('tr', null, h('th', { scope: 'row' }, key), h('td', null, valueNode(key, value))))),
  );
}

/** A list of objects whose fields are all flat, one row each, one column per field. */
function columnsTable(items) {
  const columns = [];
  for (const item of items) for (const key of Object.keys(item)) if (!columns.includes(key)) columns.push(key);
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'grid' },
      h('thead', null, h('tr', null, h('th', { class: 'index' }, '#'), columns.map((column) => h('th', { scope: 'col' }, column)))),
      h(
        'tbody',
        null,
        items.map((item, index) =>
          h('tr', null, h('td', { class: 'index' }, String(index)), columns.map((column) => h('td', null, valueNode(column, item[column])))),
        ),
      ),
    ),
  );
}

/** A list of objects is a table with one column per field up to this many fields, else one table per object. */
const MAX_COLUMNS = 6;
const columnCount = (items) => new Set(items.flatMap((item) => Object.keys(item))).size;

/** A dotted path, its last part stressed: `Operation.MediaInfo.`**`Format`**. */
function pathTitle(path) {
  const cut = path.lastIndexOf('.');
  return h('h4', { class: 'path' }, cut >= 0 && h('span', { class: 'parent' }, path.slice(0, cut + 1)), h('span', null, path.slice(cut + 1)));
}

/**
 * A node of the event as readable tables, one section per object, titled with its dotted path
 * (the same paths errors name). `skip(path, key)` leaves out what another view already shows.
 */
function nodeSections(path, value, skip = () => false, sections = []) {
  if (Array.isArray(value) && value.length > 0 && value.every(isObject)) {
    if (value.every((item) => Object.values(item).every(isFlat)) && columnCount(value) <= MAX_COLUMNS) {
      sections.push(h('section', { class: 'node' }, pathTitle(path), columnsTable(value)));
    } else {
      value.forEach((item, index) => nodeSections(`${path}.${index}`, item, skip, sections));
    }
    return sections;
  }
  if (!isObject(value)) {
    sections.push(h('section', { class: 'node' }, pathTitle(path), keyValueTable([[path.split('.').pop(), value]])));
    return sections;
  }
  const entries = Object.entries(value).filter(([key]) => !skip(path, key));
  const flat = entries.filter(([, v]) => isFlat(v));
  const nested = entries.filter(([, v]) => !isFlat(v));
  if (flat.length > 0 || nested.length === 0) {
    sections.push(h('section', { class: 'node' }, path && pathTitle(path), flat.length > 0 ? keyValueTable(flat) : h('p', { class: 'none' }, 'no fields')));
  }
  for (const [key, v] of nested) nodeSections(path ? `${path}.${key}` : key, v, skip, sections);
  return sections;
}

// ---------------------------------------------------------------------------------------------
// Building blocks of a card.

function stateClass(state) {
  const s = String(state ?? '').toLowerCase();
  if (/success|finish|done|complete/.test(s)) return 'ok';
  if (/fail|error|exception|timeout/.test(s)) return 'bad';
  if (/cancel|pause|skip/.test(s)) return 'muted';
  if (s === '') return 'muted';
  return 'info';
}

function stateBadge(state) {
  return h('span', { class: `badge ${stateClass(state)}` }, present(state) ? state : 'no State');
}

/** A `<dl>` of facts; rows without a value are left out. */
function facts(rows) {
  const shown = rows.filter(([, value]) => present(value) && value !== false);
  if (shown.length === 0) return null;
  return h(
    'dl',
    { class: 'facts' },
    shown.map(([label, value]) => h('div', null, h('dt', null, label), h('dd', null, value instanceof Node ? value : valueNode(label, value)))),
  );
}

/** Created / started / ended in local time, and how long it took. */
function timeFacts(created, started, ended) {
  const from = ciTime(started) ?? ciTime(created);
  const to = ciTime(ended);
  return [
    ['Created', present(created) ? timeNode(created) : undefined],
    ['Started', present(started) ? timeNode(started) : undefined],
    ['Ended', present(ended) ? timeNode(ended) : undefined],
    ['Took', from && to ? h('span', { class: 'value' }, durationText(to - from, true)) : undefined],
  ];
}

/** A template's name, and its id below it. */
function template(name, id) {
  if (!present(name) && !present(id)) return undefined;
  return h('span', { class: 'template' }, present(name) && h('span', { class: 'value' }, name), present(id) && h('code', { class: 'muted' }, id));
}

function block(title, ...content) {
  const body = content.flat(Infinity).filter(Boolean);
  if (body.length === 0) return null;
  return h('section', { class: 'block' }, h('h3', null, title), body);
}

/** An object (input, output) as a small card: the flat fields, then its lists as tables. */
function objectCard(title, value, note) {
  if (!isObject(value)) return null;
  const entries = Object.entries(value);
  const flat = entries.filter(([, v]) => isFlat(v));
  const nested = entries.filter(([, v]) => !isFlat(v));
  return h(
    'div',
    { class: 'object-card' },
    h('h4', null, title, note && h('span', { class: 'muted' }, ` ${note}`)),
    flat.length > 0 && keyValueTable(flat),
    nested.map(([key, v]) =>
      Array.isArray(v) && v.every((item) => isObject(item) && Object.values(item).every(isFlat)) && columnCount(v) <= MAX_COLUMNS
        ? h('div', { class: 'sub' }, h('h5', null, key), columnsTable(v))
        : h('div', { class: 'sub' }, nodeSections(key, v)),
    ),
  );
}

function otherFields(value, handled, title = 'Other fields') {
  if (!isObject(value)) return null;
  const rest = Object.fromEntries(Object.entries(value).filter(([key]) => !handled.includes(key)));
  if (Object.keys(rest).length === 0) return null;
  return block(title, nodeSections('', rest));
}

// ---------------------------------------------------------------------------------------------
// SpeechRecognition: the words on a timeline.

/** Every sentence with its words in absolute milliseconds, from `ResultDetail` or `FlashResult`. */
function sentencesOf(result) {
  const sentences = [];
  for (const sentence of result?.ResultDetail ?? []) {
    const start = Number(sentence.StartMs);
    const end = Number(sentence.EndMs);
    if (!Number.isFinite(start)) continue;
    // OffsetStartMs/OffsetEndMs count from the start of the sentence.
    const words = (sentence.Words ?? [])
      .map((word) => ({
        word: word.Word ?? '',
        start: start + Number(word.OffsetStartMs),
        end: start + Number(word.OffsetEndMs),
        punctuation: word.VoiceType === '1',
      }))
      .filter((word) => Number.isFinite(word.start) && Number.isFinite(word.end));
    sentences.push({ text: sentence.FinalSentence, start, end: Number.isFinite(end) ? end : Math.max(start, ...words.map((w) => w.end)), speaker: sentence.SpeakerId, speed: sentence.SpeechSpeed, words });
  }
  for (const channel of result?.FlashResult ?? []) {
    for (const sentence of channel.sentence_list ?? []) {
      const start = sentence.start_time;
      if (!Number.isFinite(start)) continue;
      const words = (sentence.word_list ?? [])
        .filter((word) => Number.isFinite(word.start_time) && Number.isFinite(word.end_time))
        // Times are from the start of the audio; a word before its sentence counts from the sentence.
        .map((word) => {
          const offset = word.start_time < start ? start : 0;
          return { word: word.word ?? '', start: offset + word.start_time, end: offset + word.end_time, punctuation: false };
        });
      const end = Number.isFinite(sentence.end_time) ? sentence.end_time : Math.max(start, ...words.map((w) => w.end));
      sentences.push({ text: sentence.text, start, end, speaker: sentence.speaker_id, channel: channel.channel_id, words });
    }
  }
  return sentences.filter((sentence) => sentence.words.length > 0 || present(sentence.text));
}

function speechTimeline(result) {
  const sentences = sentencesOf(result);
  if (!sentences.some((sentence) => sentence.words.length > 0)) return null;
  return block(
    'Words',
    sentences.map((sentence, index) => {
      const span = Math.max(1, sentence.end - sentence.start);
      const at = (ms) => `${Math.min(100, Math.max(0, ((ms - sentence.start) / span) * 100)).toFixed(3)}%`;
      return h(
        'figure',
        { class: 'timeline' },
        h(
          'figcaption',
          null,
          h('span', { class: 'sentence-no' }, `Sentence ${index + 1}`),
          h('span', { class: 'mono' }, `${clock(sentence.start)} – ${clock(sentence.end)}`),
          present(sentence.speaker) && h('span', null, `speaker ${sentence.speaker}`),
          present(sentence.channel) && h('span', null, `channel ${sentence.channel}`),
          present(sentence.speed) && h('span', null, `${sentence.speed} words/s`),
        ),
        present(sentence.text) && h('p', { class: 'sentence' }, sentence.text),
        h(
          'div',
          { class: 'track', 'aria-hidden': 'true' },
          sentence.words
            .filter((word) => !word.punctuation)
            .map((word, i) =>
              h('span', {
                class: `segment ${i % 2 ? 'odd' : 'even'}`,
                title: `${word.word} · ${clock(word.start)} – ${clock(word.end)}`,
                style: { left: at(word.start), width: `calc(${at(word.end)} - ${at(word.start)})` },
              }),
            ),
        ),
        h(
          'ol',
          { class: 'words' },
          sentence.words.map((word) =>
            h(
              'li',
              { class: word.punctuation ? 'punctuation' : undefined, title: `${clock(word.start)} – ${clock(word.end)} (${durationText(word.end - word.start)})` },
              h('span', { class: 'word', 'data-testid': 'word' }, word.word),
              h('time', null, clock(word.start)),
            ),
          ),
        ),
      );
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Events.

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
    failed &&
      (present(job.Code) || present(job.Message)) &&
      h('p', { class: 'callout bad' }, h('code', null, job.Code ?? 'no Code'), present(job.Message) ? ` ${job.Message}` : ''),
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
      h('div', { class: 'io' }, objectCard('Input', job.Input) ?? h('div', { class: 'object-card none' }, 'No Input'), h('div', { class: 'arrow', 'aria-hidden': 'true' }, '→'), objectCard('Output', operation.Output) ?? h('div', { class: 'object-card none' }, 'No Output')),
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

function taskFinishView(event) {
  const jobs = event.JobsDetail;
  return [summary(event.EventName, `${jobs.length} ${jobs.length === 1 ? 'job' : 'jobs'}`), jobs.map((job, index) => jobCard(job, index, jobs.length)), otherFields(event, ['EventName', 'JobsDetail'])];
}

function workflowView(event) {
  const run = event.WorkflowExecution ?? {};
  const tasks = run.Tasks ?? [];
  const times = tasks.flatMap((task) => [ciTime(task.CreateTime ?? task.Createtime), ciTime(task.StartTime), ciTime(task.EndTime)]).filter(Boolean);
  const runStart = ciTime(run.CreateTime) ?? (times.length ? new Date(Math.min(...times)) : undefined);
  const runEnd = times.length ? new Date(Math.max(...times)) : undefined;
  const span = runStart && runEnd ? Math.max(1, runEnd - runStart) : undefined;
  const at = (date) => `${Math.min(100, Math.max(0, ((date - runStart) / span) * 100)).toFixed(3)}%`;
  return [
    summary(event.EventName, `${tasks.length} ${tasks.length === 1 ? 'task' : 'tasks'}`),
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
                  span && from && to && h('div', { class: 'gantt', 'aria-hidden': 'true' }, h('span', { class: `bar ${stateClass(task.State)}`, style: { left: at(from), width: `max(2px, calc(${at(to)} - ${at(from)}))` } })),
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

/** Content moderation: `Result` 0 is normal, 1 a violation, 2 suspect (review by a person). */
const VERDICTS = { 0: ['Normal', 'ok'], 1: ['Violation', 'bad'], 2: ['Suspect', 'warn'] };

function verdictBadge(result) {
  const verdict = VERDICTS[result];
  if (!verdict) return null;
  return h('span', { class: `badge ${verdict[1]}`, title: `Result ${result}` }, verdict[0]);
}

const MODERATION_INPUT = ['BucketId', 'Region', 'Object', 'Url', 'Content', 'DataId'];
const MODERATION_VERDICT = ['Label', 'Result', 'Score', 'Category', 'SubLabel', 'ForbidState', 'Suggestion'];

function moderationDetailView(event) {
  const job = event.JobsDetail;
  const inputFields = Object.fromEntries(MODERATION_INPUT.filter((key) => present(job[key])).map((key) => [key, job[key]]));
  const handled = ['JobId', 'State', 'CreationTime', 'Code', 'Message', ...MODERATION_INPUT, ...MODERATION_VERDICT];
  return [
    summary(event.EventName, 'content moderation · Detail'),
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
      facts([
        ['Created', present(job.CreationTime) ? timeNode(job.CreationTime) : undefined],
        ...MODERATION_VERDICT.map((key) => [key, job[key]]),
      ]),
      Object.keys(inputFields).length > 0 && h('div', { class: 'io single' }, objectCard('Input', inputFields)),
      otherFields(job, handled, 'Result'),
    ),
    otherFields(event, ['EventName', 'JobsDetail']),
  ];
}

function moderationSimpleView(event) {
  const data = isObject(event.data) ? event.data : undefined;
  return [
    summary(event.EventName, 'content moderation · Simple'),
    isTestRequest(event) &&
      h('p', { class: 'callout info' }, 'This is CI’s test request, sent when a callback URL is saved: answer 200, deliver nothing.'),
    h(
      'article',
      { class: 'card' },
      h('header', { class: 'card-head' }, h('h3', { class: 'tag' }, event.EventName), data && verdictBadge(data.result), present(data?.trace_id) && h('code', { class: 'id', title: 'data.trace_id' }, data.trace_id)),
      facts([
        ['code', event.code],
        ['message', event.message],
      ]),
      data && block('data', nodeSections('data', data)),
      otherFields(event, ['EventName', 'code', 'message', 'data']),
    ),
  ];
}

function unknownView(event) {
  return [
    summary(event.EventName, 'not a documented event: fields kept as text'),
    h('article', { class: 'card' }, otherFields(event, ['EventName'], 'Fields')),
  ];
}

function eventView(event) {
  if (event.EventName === 'TaskFinish' && Array.isArray(event.JobsDetail)) return taskFinishView(event);
  if (event.EventName === 'WorkflowFinish' && isObject(event.WorkflowExecution)) return workflowView(event);
  if (isObject(event.JobsDetail)) return moderationDetailView(event);
  if ('code' in event && 'message' in event) return moderationSimpleView(event);
  return unknownView(event);
}

/** The event's name, what it holds, and how its format was decided. */
function summary(eventName, what) {
  return h(
    'header',
    { class: 'summary' },
    h('p', { class: 'eyebrow' }, 'EventName'),
    h('h2', { id: 'event-name' }, eventName),
    h('p', { class: 'meta' }, [what, formatNote()].filter(Boolean).join(' · ')),
  );
}

// ---------------------------------------------------------------------------------------------
// Errors.

function errorView(error) {
  const callbackError = isCallbackError(error);
  const code = callbackError ? error.code : (error?.name ?? 'Error');
  const issues = callbackError ? error.issues : [{ path: '', message: String(error?.message ?? error) }];
  const saysMore = !issues.some((issue) => String(error?.message ?? '').includes(issue.message));
  return h(
    'section',
    { id: 'error', class: 'error', role: 'alert' },
    h('p', { class: 'eyebrow' }, callbackError ? 'Rejected: not a callback wanxiang can deliver' : 'Unexpected error'),
    h('h2', null, h('code', { 'data-testid': 'error-code' }, code)),
    saysMore && h('p', { class: 'error-message' }, error.message),
    h(
      'table',
      { class: 'issues' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Path'), h('th', { scope: 'col' }, 'Problem'))),
      h(
        'tbody',
        null,
        issues.map((issue) =>
          h(
            'tr',
            null,
            h('td', null, h('code', { class: issue.path ? 'path' : 'path whole', 'data-testid': 'error-path' }, issue.path || '(body)')),
            h('td', null, issue.message, jumpButton(issue.message)),
          ),
        ),
      ),
    ),
    h('p', { class: 'meta' }, formatNote()),
  );
}

/** "line 27, column 18" in a syntax error: a button that selects that place in the body. */
function jumpButton(message) {
  const match = /line (\d+), column (\d+)/.exec(message);
  if (!match || source.bytes !== undefined) return null;
  const [line, column] = [Number(match[1]), Number(match[2])];
  return h(
    'button',
    {
      type: 'button',
      class: 'link',
      onclick: () => {
        const lines = bodyInput.value.split('\n');
        let offset = 0;
        for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
        offset = Math.min(bodyInput.value.length, offset + Math.max(0, column - 1));
        // Blurring first makes focus() scroll the selection into view.
        bodyInput.blur();
        bodyInput.setSelectionRange(offset, Math.min(bodyInput.value.length, offset + 1));
        bodyInput.focus();
      },
    },
    `Show line ${line}, column ${column}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Input and rendering.

/** How the format is decided, as the core decides it: the Content-Type, else the first character. */
function formatNote() {
  let declared;
  try {
    declared = formatFromContentType(source.contentType);
  } catch {
    return `Content-Type ${source.contentType}`;
  }
  if (declared) return `${declared.toUpperCase()} (Content-Type ${source.contentType})`;
  const text = bodyInput.value.replace(/^\uFEFF/, '').trimStart();
  const first = text[0];
  const sniffed = first === '<' ? 'XML' : first === '{' || first === '[' ? 'JSON' : undefined;
  return sniffed ? `${sniffed} (no Content-Type: sniffed from “${first}”)` : 'no Content-Type';
}

function describeSource() {
  const size = source.bytes ? source.bytes.byteLength : new TextEncoder().encode(bodyInput.value).byteLength;
  const where =
    source.origin === 'sample'
      ? `Sample ${source.name}`
      : source.origin === 'file'
        ? `File ${source.name}, read as bytes`
        : source.origin === 'empty'
          ? ''
          : 'Pasted or typed text';
  sourceNote.textContent = [where, `${numberFormat.format(size)} bytes`, source.contentType ? `Content-Type ${source.contentType}` : 'Content-Type not set (the core sniffs)']
    .filter(Boolean)
    .join(' · ');
}

/** Parses the current body and draws the result. Returns what tests may want to know. */
function render() {
  describeSource();
  // Indented bodies read best unwrapped; a body on one long line (compact JSON) wrapped.
  bodyInput.classList.toggle('wrap', bodyInput.value.split('\n').some((line) => line.length > 200));
  const body = source.bytes ?? bodyInput.value;
  let view;
  let outcome;
  try {
    const event = parseCallback(body, { contentType: source.contentType });
    view = [
      eventView(event),
      h('details', { class: 'raw' }, h('summary', null, 'The event as ', h('code', null, 'parseCallback'), ' returns it (JSON)'), h('pre', null, JSON.stringify(event, null, 2))),
    ];
    outcome = { ok: true, eventName: event.EventName };
  } catch (error) {
    view = errorView(error);
    outcome = { ok: false, code: isCallbackError(error) ? error.code : String(error?.name), issues: error?.issues ?? [] };
    if (!isCallbackError(error)) console.error(error);
  }
  output.replaceChildren(append(document.createDocumentFragment(), [view]));
  return outcome;
}

/** The content type a file or sample name tells, or undefined to let the core sniff. */
function contentTypeFromName(name) {
  if (/\.xml$/i.test(name)) return 'application/xml';
  if (/\.json$/i.test(name)) return 'application/json';
  return undefined;
}

function showSample(name) {
  const sample = samples.find((candidate) => candidate.name === name);
  if (!sample) return;
  sampleSelect.value = sample.name;
  bodyInput.value = sample.body;
  bodyInput.scrollTop = 0;
  source = { origin: 'sample', name: sample.name, bytes: undefined, contentType: sample.contentType ?? contentTypeFromName(sample.name) };
  render();
}

async function showFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  bodyInput.value = bytes.byteLength <= LARGEST_SHOWN ? new TextDecoder('utf-8').decode(bytes) : '';
  bodyInput.scrollTop = 0;
  sampleSelect.selectedIndex = -1;
  source = { origin: 'file', name: file.name, bytes, contentType: contentTypeFromName(file.name) };
  render();
}

for (const sample of samples) sampleSelect.append(h('option', { value: sample.name }, sample.label ?? sample.name));
sampleSelect.addEventListener('change', () => showSample(sampleSelect.value));

bodyInput.addEventListener('input', () => {
  // Edited by hand: the text is the body now, and nothing says its format.
  if (source.origin !== 'text') {
    source = { origin: 'text', bytes: undefined, contentType: undefined };
    sampleSelect.selectedIndex = -1;
  }
  render();
});
bodyInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    render();
  }
});
inspectButton.addEventListener('click', () => render());

$('#open-file').addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  const [file] = fileInput.files ?? [];
  if (file) showFile(file);
  fileInput.value = '';
});

// Drag and drop a file anywhere on the page.
const carriesFiles = (event) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
let dragDepth = 0;
document.addEventListener('dragenter', (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  dragDepth++;
  dropOverlay.hidden = false;
});
document.addEventListener('dragover', (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
});
document.addEventListener('dragleave', (event) => {
  if (!carriesFiles(event)) return;
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) dropOverlay.hidden = true;
});
document.addEventListener('drop', (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  dragDepth = 0;
  dropOverlay.hidden = true;
  const [file] = event.dataTransfer.files;
  if (file) showFile(file);
});

$('#zone-note').textContent = `Times are shown in your time zone (${zone}); hover over one to see it as CI sent it.`;

/** For tests and the console: inspect `text` as if pasted, with an optional Content-Type. */
window.inspect = (text, contentType) => {
  bodyInput.value = String(text);
  sampleSelect.selectedIndex = -1;
  source = { origin: 'text', bytes: undefined, contentType: contentType ?? undefined };
  return render();
};

if (samples.length > 0) showSample(samples[0].name);
else render();
document.documentElement.dataset.ready = 'true';
