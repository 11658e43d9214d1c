import { CallbackError } from './errors.js';
import { excerpt } from './excerpt.js';

// 2022-06-30T18:47:18+0800, 2022-08-09 14:54:17+0800, 2022-08-09T14:54:17+08:00, and Z.
const CI_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Parses a time as CI writes it (`CreationTime`, `EndTime`, `CreateTime`, ...) into a `Date`.
 * Every documented form carries a UTC offset; a time without one is rejected rather than
 * guessed in some zone. Years are taken as written, 0000 to 9999 (proleptic Gregorian, so
 * 0000 and 2000 are leap years and 1900 is not): `0099` is the year 99, not 1999.
 *
 * Placeholders CI or a template may leave in a time field (`-`, `N/A`, an empty string) are
 * not times: they throw like any other text, so a caller that allows them checks first.
 *
 * @throws CallbackError `INVALID_CALLBACK` when `text` is not such a time or names an impossible
 * date; the message quotes `text` through {@link excerpt} (bounded, control characters escaped).
 */
export function parseCiTime(text: string): Date {
  const match = typeof text === 'string' ? CI_TIME.exec(text.trim()) : null;
  if (match === null) throw invalid(text);
  const [, year, month, day, hour, minute, second, fraction = '', zone = 'Z'] = match;
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const h = Number(hour);
  const mi = Number(minute);
  const s = Number(second);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) throw invalid(text);
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const digits = zone.replace(':', '');
    const offsetHours = Number(digits.slice(1, 3));
    const offsetMins = Number(digits.slice(3, 5));
    if (offsetHours > 23 || offsetMins > 59) throw invalid(text);
    offsetMinutes = (digits[0] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const milliseconds = fraction === '' ? 0 : Math.floor(Number(`0${fraction}`) * 1000);
  // Date.UTC reads years 0 to 99 as 1900 to 1999; setUTCFullYear takes the year as given.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, milliseconds);
  return new Date(date.getTime() - offsetMinutes * 60_000);
}

// Arithmetic, not a Date: a Date would read years 0 to 99 as the 1900s (0000-02-29 exists, 1900-02-29 does not).
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function invalid(text: unknown): CallbackError {
  const shown = typeof text === 'string' ? `"${excerpt(text)}"` : text === null ? 'null' : `a ${typeof text}`;
  return new CallbackError('INVALID_CALLBACK', `Not a CI time: ${shown}`);
}
