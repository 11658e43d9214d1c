// Numeric fields take finite values only, and no text whose digits vanish to 0: JSON keeps each
// number's text now, so the one check (isNumeric) decides for JSON and XML alike.

import { parseCallback } from '@wanxiang/core';
import { describe, expect, it } from 'vitest';
import { isNumeric } from '../src/schemas/fields/numeric.js';
import { callbackErrorOf } from './support/error-code.js';

const DURATION = 'JobsDetail.0.Operation.MediaInfo.Format.Duration';
const json = (value: string) =>
  `{"EventName":"TaskFinish","JobsDetail":[{"Code":"Success","JobId":"j1","State":"Success","Tag":"Transcode","Operation":{"MediaInfo":{"Format":{"Duration":${value}}}}}]}`;
const xml = (value: string) =>
  `<Response><EventName>TaskFinish</EventName><JobsDetail><Code>Success</Code><JobId>j1</JobId><State>Success</State><Tag>Transcode</Tag><Operation><MediaInfo><Format><Duration>${value}</Duration></Format></MediaInfo></Operation></JobsDetail></Response>`;
const durationOf = (body: string) => (parseCallback(body) as { JobsDetail: { Operation: { MediaInfo: { Format: { Duration: number } } } }[] }).JobsDetail[0]!.Operation.MediaInfo.Format.Duration;

describe('Numeric, from JSON numbers, JSON strings and XML text', () => {
  it.each([
    ['1.50', 1.5],
    ['-0', -0],
    ['0e10', 0],
    ['1E+2', 100],
    ['0.000e-999', 0],
    ['5e-324', 5e-324],
    ['1.7976931348623157e308', 1.7976931348623157e308],
    ['13.6', 13.6],
  ])('%s → %d in every form', (text, expected) => {
    for (const body of [json(text), json(`"${text}"`), xml(text)]) expect(durationOf(body)).toBe(expected);
  });

  it.each(['1e400', '-1e400', '1e-400', '-1e-400', '0.0001e-400', '2e308'])('%s (Infinity or a lost value as a double) → INVALID_CALLBACK at the field, in every form', (text) => {
    for (const body of [json(text), json(`"${text}"`), xml(text)]) {
      const error = callbackErrorOf(() => parseCallback(body));
      expect(error.code).toBe('INVALID_CALLBACK');
      expect(error.issues).toEqual([{ path: DURATION, message: expect.stringContaining(`received "${text}"`) }]);
    }
  });

  it('isNumeric: finite numbers, decimal text that neither overflows nor vanishes', () => {
    expect([0, -0, 1.5, Number.MIN_VALUE].every(isNumeric)).toBe(true);
    expect([Infinity, -Infinity, NaN, '1e400', '1e-400', 'Infinity', 'NaN', '0x10', '', ' 1', '1 ', null, true].some(isNumeric)).toBe(false);
    expect(['0', '-0.0', '.0', '0.', '00', '+0e5', '1e-300'].every(isNumeric)).toBe(true);
  });

  it('a number a field does not name keeps its text in both formats (the XML and JSON twins agree)', () => {
    const fromJson = parseCallback('{"EventName":"X","Size":1.50,"Id":12345678901234567890,"Zero":-0}');
    const fromXml = parseCallback('<Response><EventName>X</EventName><Size>1.50</Size><Id>12345678901234567890</Id><Zero>-0</Zero></Response>');
    expect(fromJson).toStrictEqual(fromXml);
    expect(fromJson).toMatchObject({ Size: '1.50', Id: '12345678901234567890', Zero: '-0' });
  });
});
