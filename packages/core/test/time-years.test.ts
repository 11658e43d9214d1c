import { describe, expect, it } from 'vitest';
import { CallbackError } from '../src/errors.js';
import { MAX_EXCERPT_LENGTH } from '../src/excerpt.js';
import { parseCiTime } from '../src/time.js';

/** The instant of a UTC wall-clock time, built without Date.UTC (which moves years 0 to 99 into the 1900s). */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

function errorOf(text: unknown): CallbackError {
  try {
    parseCiTime(text as string);
  } catch (error) {
    if (error instanceof CallbackError) return error;
    throw error;
  }
  throw new Error(`parseCiTime(${String(text)}) did not throw`);
}

describe('parseCiTime: years as written', () => {
  it.each<[string, number, number, number, number, number, number]>([
    ['0000-01-01T00:00:00Z', 0, 1, 1, 0, 0, 0],
    ['0001-06-15T12:00:00Z', 1, 6, 15, 12, 0, 0],
    ['0099-12-31T23:59:59Z', 99, 12, 31, 23, 59, 59],
    ['0100-01-01T00:00:00Z', 100, 1, 1, 0, 0, 0],
    ['1969-12-31T23:59:59Z', 1969, 12, 31, 23, 59, 59],
    ['1970-01-01T00:00:00Z', 1970, 1, 1, 0, 0, 0],
    ['9999-12-31T23:59:59Z', 9999, 12, 31, 23, 59, 59],
  ])('reads %s in its own year', (text, year, month, day, hour, minute, second) => {
    const date = parseCiTime(text);
    expect(date.getTime()).toBe(utc(year, month, day, hour, minute, second));
    expect(date.getUTCFullYear()).toBe(year);
  });

  it('applies the offset across the start of year 0 and the end of year 9999', () => {
    expect(parseCiTime('0000-01-01T00:00:00+08:00').getTime()).toBe(utc(-1, 12, 31, 16));
    expect(parseCiTime('9999-12-31T23:00:00-0130').getTime()).toBe(utc(10000, 1, 1, 0, 30));
  });

  it('reads years 0 to 99 distinct from 1900 to 1999', () => {
    for (const year of [0, 1, 50, 69, 70, 99]) {
      const text = `${String(year).padStart(4, '0')}-03-01T00:00:00Z`;
      expect(parseCiTime(text).getUTCFullYear(), text).toBe(year);
    }
  });

  it.each(['0000-02-29T00:00:00Z', '2000-02-29T00:00:00Z', '0004-02-29T00:00:00Z', '0400-02-29T00:00:00Z', '2024-02-29T00:00:00+0800'])(
    'accepts the leap day %s (a year divisible by 400, or by 4 and not by 100)',
    (text) => {
      expect(parseCiTime(text).getUTCDate()).toBe(text.endsWith('+0800') ? 28 : 29);
    },
  );

  it.each(['1900-02-29T00:00:00Z', '0100-02-29T00:00:00Z', '0001-02-29T00:00:00Z', '2023-02-29T00:00:00Z', '0000-04-31T00:00:00Z', '0000-02-30T00:00:00Z'])(
    'rejects the impossible date %s',
    (text) => {
      expect(errorOf(text).code).toBe('INVALID_CALLBACK');
    },
  );
});

describe('parseCiTime: placeholders and hostile text', () => {
  it.each(['-', 'N/A', '', ' ', '0', 'null', '--'])('rejects the placeholder %j with INVALID_CALLBACK quoting it', (text) => {
    const error = errorOf(text);
    expect(error.code).toBe('INVALID_CALLBACK');
    expect(error.message).toBe(`Not a CI time: "${text}"`);
  });

  it('quotes a long value cut to the excerpt length, never whole', () => {
    const error = errorOf('9'.repeat(100_000));
    expect(error.message.length).toBeLessThan(MAX_EXCERPT_LENGTH + 80);
    expect(error.message).toContain('more characters');
  });

  it('escapes control characters and bidirectional overrides instead of writing them into the message', () => {
    const error = errorOf('2022-06-30\nT18:47:18\u202e+0800\u0000');
    expect(error.message).not.toMatch(/[\u0000-\u001f\u202e]/);
    expect(error.message).toContain('\\u000a');
  });

  it.each([undefined, null, 20220630, {}])('rejects the non-text %j without printing it', (value) => {
    expect(errorOf(value).code).toBe('INVALID_CALLBACK');
  });
});
