import { describe, expect, it } from 'vitest';
import { CallbackError } from '../src/errors.js';
import { parseCiTime } from '../src/time.js';

describe('parseCiTime', () => {
  it.each([
    ['2022-06-30T18:47:18+0800', '2022-06-30T10:47:18.000Z'],
    ['2022-08-09 14:54:17+0800', '2022-08-09T06:54:17.000Z'],
    ['2022-08-09T14:54:17+08:00', '2022-08-09T06:54:17.000Z'],
    ['2022-08-09T14:54:17Z', '2022-08-09T14:54:17.000Z'],
    ['2022-08-09T14:54:17.250-0130', '2022-08-09T16:24:17.250Z'],
    ['2024-02-29T00:00:00+0800', '2024-02-28T16:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseCiTime(text).toISOString()).toBe(iso);
  });

  it.each(['', '2022-06-30', '2022-06-30T18:47:18', '2022-13-01T00:00:00+0800', '2023-02-29T00:00:00+0800', '2022-06-30T24:00:00+0800', 'yesterday'])(
    'rejects %j with a CallbackError instead of an Invalid Date',
    (text) => {
      expect(() => parseCiTime(text)).toThrow(CallbackError);
    },
  );
});
