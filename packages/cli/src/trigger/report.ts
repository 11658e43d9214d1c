import { STATUS_CODES } from 'node:http';
import { excerpt } from '@wanxiang/core';
import type { Colors } from 'picocolors/types';
import { escapeControls } from '../output/event-tree.js';
import type { Callback } from './build-callback.js';
import type { Answer } from './send-callback.js';

/** How much of an answer's body is shown. */
const ANSWER_EXCERPT = 200;

/**
 * What was (or would be) sent, one fact a line: the URL (its token shortened), the fixture, the
 * format and headers, each id replaced and each override, and the notes. Values are escaped:
 * an override or a fixture value cannot move the cursor.
 */
export function sentLines(callback: Callback, url: URL | undefined, colors: Colors): string[] {
  const { bold, dim, yellow } = colors;
  const lines = [bold(url ? `POST ${escapeControls(redacted(url))}` : 'dry run: not sent')];
  lines.push(`  ${dim('fixture')}  ${escapeControls(callback.fixture.file)}`);
  lines.push(`  ${dim('format')}   ${callback.fixture.format}`);
  for (const [name, value] of Object.entries(callback.headers)) lines.push(`  ${dim('header')}   ${headerName(name)}: ${escapeControls(value)}`);
  for (const id of callback.ids) lines.push(`  ${dim('id')}       ${escapeControls(id.path)}: ${escapeControls(id.from)} → ${escapeControls(id.to)}`);
  for (const change of callback.changes) lines.push(`  ${dim('set')}      ${escapeControls(change.path)}: ${escapeControls(change.from)} → ${escapeControls(change.to)}`);
  for (const note of callback.notes) lines.push(`  ${yellow('note')}     ${escapeControls(note)}`);
  return lines;
}

/** The answer: its status, green for 2xx, and the start of its body, escaped. */
export function answerLines(answer: Answer, colors: Colors): string[] {
  const ok = answer.status >= 200 && answer.status < 300;
  // Many servers send no reason phrase (HTTP/2 has none): the standard one stands in.
  const reason = answer.statusText ? escapeControls(answer.statusText) : STATUS_CODES[answer.status];
  const status = `${answer.status}${reason ? ` ${reason}` : ''}`;
  const lines = [`  ${colors.dim('answer')}   ${ok ? colors.green(status) : colors.red(status)}${answer.contentType ? colors.dim(` (${escapeControls(answer.contentType)})`) : ''}`];
  if (answer.body !== '') lines.push(`  ${colors.dim('body')}     ${excerpt(answer.body.trim(), ANSWER_EXCERPT)}`);
  return lines;
}

/** The headers and the body as sent, for `--dry-run`: the body's text as it is, but for control characters other than line breaks and tabs. */
export function dryRunLines(callback: Callback): string[] {
  const text = new TextDecoder().decode(callback.body);
  const shown = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return ['', ...Object.entries(callback.headers).map(([name, value]) => `${headerName(name)}: ${escapeControls(value)}`), '', shown];
}

/** The URL with its token (the `token` query parameter, else the last path segment) cut to four characters: output is often pasted. */
function redacted(url: URL): string {
  const copy = new URL(url);
  const cut = (token: string) => (token.length > 4 ? `${token.slice(0, 4)}…` : token);
  if (copy.searchParams.has('token')) copy.searchParams.set('token', cut(copy.searchParams.get('token')!));
  else copy.pathname = copy.pathname.replace(/[^/]+(\/?)$/, (segment, slash: string) => cut(segment.slice(0, segment.length - slash.length)) + slash);
  copy.username = copy.username && '…';
  copy.password = copy.password && '…';
  try {
    return decodeURI(copy.toString());
  } catch {
    return copy.toString();
  }
}

/** `content-type` as CI writes it: `Content-Type`, `X-Ci-Content-Version`. */
function headerName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}
