// The header above every event view.
import { h } from './dom.js';

/** The event's name, what it holds, and `formatNote`: how its format was decided. */
export function summary(eventName, what, formatNote) {
  return h(
    'header',
    { class: 'summary' },
    h('p', { class: 'eyebrow' }, 'EventName'),
    h('h2', { id: 'event-name' }, eventName),
    h('p', { class: 'meta' }, [what, formatNote].filter(Boolean).join(' · ')),
  );
}
