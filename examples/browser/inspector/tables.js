// Values and nodes of the event as tables, titled with their dotted paths.
import { h } from './dom.js';
import { numberHint } from './numbers.js';
import { timeNode } from './time.js';
import { isFlat, isObject } from './value-shape.js';

/** One value as text: times in local time, numbers with their unit, lists as chips. */
export function valueNode(key, value) {
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
    return h(
      'span',
      { class: 'chips' },
      value.map((item) => h('span', { class: 'chip' }, valueNode(key, item))),
    );
  }
  return h('span', { class: 'value mono' }, JSON.stringify(value));
}

/** A two-column table of flat fields; a long one is cut in two, side by side. */
export function keyValueTable(entries, split = true) {
  if (split && entries.length > 10) {
    const half = Math.ceil(entries.length / 2);
    return h('div', { class: 'kv-split' }, keyValueTable(entries.slice(0, half), false), keyValueTable(entries.slice(half), false));
  }
  return h(
    'table',
    { class: 'kv' },
    h(
      'tbody',
      null,
      entries.map(([key, value]) => h('tr', null, h('th', { scope: 'row' }, key), h('td', null, valueNode(key, value)))),
    ),
  );
}

/** A list of objects whose fields are all flat, one row each, one column per field. */
export function columnsTable(items) {
  const columns = [];
  for (const item of items) for (const key of Object.keys(item)) if (!columns.includes(key)) columns.push(key);
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'grid' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { class: 'index' }, '#'),
          columns.map((column) => h('th', { scope: 'col' }, column)),
        ),
      ),
      h(
        'tbody',
        null,
        items.map((item, index) =>
          h(
            'tr',
            null,
            h('td', { class: 'index' }, String(index)),
            columns.map((column) => h('td', null, valueNode(column, item[column]))),
          ),
        ),
      ),
    ),
  );
}

/** A list of objects is a table with one column per field up to this many fields, else one table per object. */
export const MAX_COLUMNS = 6;
/** How many distinct fields the objects of `items` have. */
export const columnCount = (items) => new Set(items.flatMap((item) => Object.keys(item))).size;

/** A dotted path, its last part stressed: `Operation.MediaInfo.`**`Format`**. */
export function pathTitle(path) {
  const cut = path.lastIndexOf('.');
  return h('h4', { class: 'path' }, cut >= 0 && h('span', { class: 'parent' }, path.slice(0, cut + 1)), h('span', null, path.slice(cut + 1)));
}

/**
 * A node of the event as readable tables, one section per object, titled with its dotted path
 * (the same paths errors name). `skip(path, key)` leaves out what another view already shows.
 */
export function nodeSections(path, value, skip = () => false, sections = []) {
  if (Array.isArray(value) && value.length > 0 && value.every(isObject)) {
    if (value.every((item) => Object.values(item).every(isFlat)) && columnCount(value) <= MAX_COLUMNS) {
      sections.push(h('section', { class: 'node' }, pathTitle(path), columnsTable(value)));
    } else {
      value.forEach((item, index) => {
        nodeSections(`${path}.${index}`, item, skip, sections);
      });
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
