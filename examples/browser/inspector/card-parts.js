// The building blocks of a card: state badges, facts, times, templates, blocks and object cards.
import { h } from './dom.js';
import { columnCount, columnsTable, keyValueTable, MAX_COLUMNS, nodeSections, valueNode } from './tables.js';
import { ciTime, durationText, timeNode } from './time.js';
import { isFlat, isObject, present } from './value-shape.js';

/** The badge colour a job or task State reads as: ok, bad, muted or info. */
export function stateClass(state) {
  const s = String(state ?? '').toLowerCase();
  if (/success|finish|done|complete/.test(s)) return 'ok';
  if (/fail|error|exception|timeout/.test(s)) return 'bad';
  if (/cancel|pause|skip/.test(s)) return 'muted';
  if (s === '') return 'muted';
  return 'info';
}

/** The State as a coloured badge; "no State" when there is none. */
export function stateBadge(state) {
  return h('span', { class: `badge ${stateClass(state)}` }, present(state) ? state : 'no State');
}

/** A `<dl>` of facts; rows without a value are left out. */
export function facts(rows) {
  const shown = rows.filter(([, value]) => present(value) && value !== false);
  if (shown.length === 0) return null;
  return h(
    'dl',
    { class: 'facts' },
    shown.map(([label, value]) => h('div', null, h('dt', null, label), h('dd', null, value instanceof Node ? value : valueNode(label, value)))),
  );
}

/** Created / started / ended in local time, and how long it took. */
export function timeFacts(created, started, ended) {
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
export function template(name, id) {
  if (!present(name) && !present(id)) return undefined;
  return h('span', { class: 'template' }, present(name) && h('span', { class: 'value' }, name), present(id) && h('code', { class: 'muted' }, id));
}

/** A titled section of a card; nothing when it would be empty. */
export function block(title, ...content) {
  const body = content.flat(Infinity).filter(Boolean);
  if (body.length === 0) return null;
  return h('section', { class: 'block' }, h('h3', null, title), body);
}

/** An object (input, output) as a small card: the flat fields, then its lists as tables. */
export function objectCard(title, value, note) {
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

/** The fields of `value` no other part of the card shows (`handled`), as tables. */
export function otherFields(value, handled, title = 'Other fields') {
  if (!isObject(value)) return null;
  const rest = Object.fromEntries(Object.entries(value).filter(([key]) => !handled.includes(key)));
  if (Object.keys(rest).length === 0) return null;
  return block(title, nodeSections('', rest));
}
