import { CallbackError } from './errors.js';

// 2022-06-30T18:47:18+0800, 2022-08-09 14:54:17+0800, 2022-08-09T14:54:17+08:00, and Z.
const CI_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Parses a time as CI writes it (`CreationTime`, `EndTime`, `CreateTime`, ...) into a `Date`.
 * Every documented form carries a UTC offset; a time without one is rejected rather than
 * guessed in some zone.
 *
 * @throws CallbackError `INVALID_CALLBACK` when `text` is not such a time or names an impossible date.
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
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s, milliseconds) - offsetMinutes * 60_000);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function invalid(text: unknown): CallbackError {
  const shown = typeof text === 'string' ? JSON.stringify(text) : String(text);
  return new CallbackError('INVALID_CALLBACK', `Not a CI time: ${shown}`);
}
