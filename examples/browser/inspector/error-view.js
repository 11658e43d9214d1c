// A rejected body: the error's code, and one row per issue with its dotted path.
import { isCallbackError } from '../../../packages/core/dist/wanxiang.browser.js';
import { h } from './dom.js';

/**
 * The error `parseCallback` threw, with `formatNote` (how the format was decided) below it.
 * `showPlace(line, column)` selects a place in the body, when the body is the textarea's text.
 */
export function errorView(error, formatNote, showPlace) {
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
            h('td', null, issue.message, jumpButton(issue.message, showPlace)),
          ),
        ),
      ),
    ),
    h('p', { class: 'meta' }, formatNote),
  );
}

/** "line 27, column 18" in a syntax error: a button that selects that place in the body. */
function jumpButton(message, showPlace) {
  const match = /line (\d+), column (\d+)/.exec(message);
  if (!match || showPlace === undefined) return null;
  const [line, column] = [Number(match[1]), Number(match[2])];
  return h('button', { type: 'button', class: 'link', onclick: () => showPlace(line, column) }, `Show line ${line}, column ${column}`);
}
