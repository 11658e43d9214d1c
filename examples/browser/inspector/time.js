// CI times in the reader's time zone, durations and timeline clocks.
import { parseCiTime } from '../../../packages/core/dist/wanxiang.browser.js';
import { h } from './dom.js';

/** The reader's time zone, in which times are shown. */
export const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Date and time with seconds and the zone's name. */
export const dateTime = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
});

/** A CI time (`2022-06-30T15:29:42+0800`) as a `Date`, or undefined. */
export function ciTime(text) {
  if (typeof text !== 'string') return undefined;
  try {
    return parseCiTime(text);
  } catch {
    return undefined;
  }
}

/** A CI time in the reader's time zone, with the time as sent in its tooltip. */
export function timeNode(text) {
  const date = ciTime(text);
  if (date === undefined) return h('span', { class: 'value bad', title: 'Not a CI time; shown as sent' }, text);
  return h('time', { datetime: date.toISOString(), title: `${text} as sent` }, dateTime.format(date));
}

/** A duration; `coarse` for CI times, which carry whole seconds. */
export function durationText(ms, coarse = false) {
  if (!Number.isFinite(ms)) return '';
  if (coarse && Math.abs(ms) < 1000) return 'under 1 s';
  const sign = ms < 0 ? '−' : '';
  let rest = Math.abs(ms);
  if (rest < 1000) return `${sign}${Math.round(rest)} ms`;
  if (rest < 60_000) return `${sign}${Number((rest / 1000).toFixed(rest < 10_000 ? 1 : 0))} s`;
  const parts = [];
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['min', 60_000],
    ['s', 1000],
  ]) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count} ${unit}`);
  }
  return sign + parts.slice(0, 2).join(' ');
}

/** Milliseconds as a timeline label: `0:03.32`. */
export function clock(ms) {
  const minutes = Math.floor(ms / 60_000);
  const seconds = (ms - minutes * 60_000) / 1000;
  return `${minutes}:${seconds.toFixed(2).padStart(5, '0')}`;
}
