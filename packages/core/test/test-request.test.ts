import { fixtures } from '@wanxiang/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CallbackEvent, isTestRequest, parseCallback, TEST_REQUEST_MESSAGE } from '../src/index.js';

type Json = string | number | Json[] | { [key: string]: Json };

/** The same tree as an XML body, the way CI would write it: one element per key under `<Response>`. */
function toXml(value: Json, name = 'Response'): string {
  if (Array.isArray(value)) return value.map((item) => toXml(item, name)).join('');
  const inner =
    typeof value === 'object'
      ? Object.entries(value)
          .map(([key, child]) => toXml(child, key))
          .join('')
      : String(value);
  return `<${name}>${inner}</${name}>`;
}

const parseJson = (body: Json, contentVersion: string | null = 'Simple') => parseCallback(JSON.stringify(body), { contentType: 'application/json', contentVersion });
const parseXml = (body: Json, contentVersion: string | null = 'Simple') => parseCallback(toXml(body), { contentType: 'application/xml', contentVersion });
/** The verdict for a body in both wire formats, with and without the `X-Ci-Content-Version` header. */
const verdicts = (body: Json) => [parseJson(body), parseXml(body), parseJson(body, null), parseXml(body, null)].map((event) => isTestRequest(event));

const documented = fixtures.filter((fixture) => fixture.simple?.message === TEST_REQUEST_MESSAGE);
/** The image moderation page's test request (`moderation/image/image-simple-schema.json`). */
const base = (): { [key: string]: Json } => JSON.parse(getText('moderation/image/image-simple-schema.json'));
function getText(file: string): string {
  return fixtures.find((fixture) => fixture.file === file)!.text;
}

describe('isTestRequest: the documented test request', () => {
  it('finds the four documented test requests in the corpus', () => {
    expect(documented.map((fixture) => fixture.file).sort()).toEqual([
      'moderation/image/image-simple-schema.json',
      'moderation/live/live-simple-schema.json',
      'moderation/text/console-text-default.json',
      'moderation/text/text-simple-schema.json',
    ]);
  });

  it.each(documented.map((fixture) => [fixture.file, fixture] as const))('%s is a test request, as JSON and as XML', (_, fixture) => {
    expect(isTestRequest(parseCallback(fixture.text, { contentType: fixture.contentType, contentVersion: fixture.contentVersion }))).toBe(true);
    expect(verdicts(JSON.parse(fixture.text))).toEqual([true, true, true, true]);
  });

  it('accepts the bare form (no porn_info, no cos_headers, no event) the receiver tests send', () => {
    const body = { code: 0, message: TEST_REQUEST_MESSAGE, data: { trace_id: 'test_trace_id', url: 'u', result: 0, forbidden_status: 0 } };
    expect(verdicts(body)).toEqual([true, true, true, true]);
  });

  it('accepts the same request wrapped in {"Response": …}', () => {
    expect(isTestRequest(parseCallback(JSON.stringify({ Response: base() }), { contentType: 'application/json' }))).toBe(true);
  });
});

describe('isTestRequest: every real event is delivered', () => {
  const real = fixtures.filter((fixture) => fixture.wellFormed && fixture.simple?.message !== TEST_REQUEST_MESSAGE);

  it.each(real.map((fixture) => [fixture.file, fixture] as const))('%s is not a test request', (_, fixture) => {
    let event: CallbackEvent;
    try {
      event = parseCallback(fixture.text, { contentType: fixture.contentType, contentVersion: fixture.contentVersion });
    } catch {
      return; // A body the parser refuses is never answered as a test request either.
    }
    expect(isTestRequest(event)).toBe(false);
  });

  it('parses most of the corpus, so the loop above checks real events', () => {
    const parsed = real.filter((fixture) => {
      try {
        parseCallback(fixture.text, { contentType: fixture.contentType, contentVersion: fixture.contentVersion });
        return true;
      } catch {
        return false;
      }
    });
    expect(parsed.length).toBeGreaterThan(80);
  });

  const job = { Code: 'Success', JobId: 'j1', State: 'Success', Tag: 'Transcode' };
  const message = { code: 0, message: TEST_REQUEST_MESSAGE };
  it.each<[string, Json, string | null]>([
    ['a TaskFinish', { EventName: 'TaskFinish', ...message, JobsDetail: [job] }, null],
    ['a TaskFinish without EventName', { ...message, JobsDetail: [job] }, null],
    ['a TaskFinish whose data looks like the test', { EventName: 'TaskFinish', ...base(), JobsDetail: [job] }, null],
    ['a WorkflowFinish', { EventName: 'WorkflowFinish', ...message, WorkflowExecution: { RunId: 'r1', State: 'Success' } }, null],
    ['a Detail moderation result', { EventName: 'ReviewImage', ...base(), JobsDetail: { JobId: 'si1', State: 'Success', Label: 'Porn' } }, 'Detail'],
    ['a Detail moderation result without the header', { EventName: 'ReviewImage', ...base(), JobsDetail: { JobId: 'si1', Label: 'Porn' } }, null],
    ['an unknown event', { EventName: 'SomethingNew', ...base() }, null],
    ['a Simple body that names its own EventName', { EventName: 'ReviewText', ...base() }, 'Simple'],
  ])('%s carrying the message is not a test request', (_, body, contentVersion) => {
    expect(isTestRequest(parseJson(body, contentVersion))).toBe(false);
    expect(isTestRequest(parseXml(body, contentVersion))).toBe(false);
  });

  const withData = (change: (data: { [key: string]: Json }) => void) => {
    const body = base();
    change(body.data as { [key: string]: Json });
    return body;
  };
  const hit = (change: (info: { [key: string]: Json }) => void) => withData((data) => change(data.porn_info as { [key: string]: Json }));
  it.each<[string, Json]>([
    ['a real porn hit', hit((info) => Object.assign(info, { hit_flag: 1, label: 'Porn', score: 91 }))],
    ['hit_flag 1 alone', hit((info) => (info.hit_flag = 1))],
    ['a label', hit((info) => (info.label = 'Porn'))],
    ['no hit_flag', hit((info) => delete info.hit_flag)],
    ['an extra hit-info field', hit((info) => (info.sub_label = 'x'))],
    ['result 1', withData((data) => (data.result = 1))],
    ['result 2 (suspicious)', withData((data) => (data.result = 2))],
    ['a frozen object', withData((data) => (data.forbidden_status = 1))],
    ['no result', withData((data) => delete data.result)],
    ['no forbidden_status', withData((data) => delete data.forbidden_status)],
    ['a real trace_id', withData((data) => (data.trace_id = 'ixzt90jl2dfsc1'))],
    ['no trace_id', withData((data) => delete data.trace_id)],
    ['a data_id', withData((data) => (data.data_id = 'd1'))],
    ['an ads_info hit', withData((data) => (data.ads_info = { hit_flag: 1, score: 90 }))],
    ['an abuse_info', withData((data) => (data.abuse_info = { hit_flag: 0, count: 0 }))],
    ['an illegal_info', withData((data) => (data.illegal_info = { hit_flag: 0, count: 0 }))],
    ['the object’s own cos_headers', withData((data) => (data.cos_headers = { 'x-cos-meta-id': '666666' }))],
    ['a second header', withData((data) => ((data.cos_headers as { [key: string]: Json })['x-cos-meta-id'] = '1'))],
    ['another placeholder value', withData((data) => (data.cos_headers = { 'x-cos-meta-xx': 'yy' }))],
    ['an unknown data.event', withData((data) => (data.event = 'ReviewLive'))],
    ['a JobsDetail inside data', withData((data) => (data.JobsDetail = { JobId: 'j1' }))],
    ['code 1', { ...base(), code: 1 }],
    ['code -1', { ...base(), code: -1 }],
    ['code 0.5', { ...base(), code: 0.5 }],
    ['another message', { ...base(), message: 'success' }],
    ['the message with a trailing space', { ...base(), message: `${TEST_REQUEST_MESSAGE} ` }],
    ['the message in other case', { ...base(), message: TEST_REQUEST_MESSAGE.toUpperCase() }],
    [
      'no message',
      (() => {
        const body = base();
        delete body.message;
        return body;
      })(),
    ],
    ['a JobsDetail at the root', { ...base(), JobsDetail: { JobId: 'j1', State: 'Success' } }],
    ['an extra root key', { ...base(), Extra: 'x' }],
  ])('a Simple body with %s is not a test request', (_, body) => {
    expect(verdicts(body)).toEqual([false, false, false, false]);
  });

  it('a Simple body without data is not a test request', () => {
    expect(isTestRequest(parseJson({ code: 0, message: TEST_REQUEST_MESSAGE }))).toBe(false);
  });

  // The class, not the cases: any key added anywhere in the test request makes it a real event.
  const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,11}$/);
  const value = fc.oneof(fc.stringMatching(/^[A-Za-z0-9]{1,8}$/), fc.integer({ min: -5, max: 5 }));
  it.each(['root', 'data', 'porn_info'] as const)('any extra key in %s makes the body a real event', (level) => {
    const known: Record<typeof level, string[]> = {
      root: ['code', 'message', 'data', 'EventName', 'Response'],
      data: ['trace_id', 'url', 'event', 'result', 'forbidden_status', 'cos_headers', 'porn_info'],
      porn_info: ['hit_flag', 'label', 'score', 'count'],
    };
    fc.assert(
      fc.property(
        name.filter((key) => !known[level].includes(key)),
        value,
        (key, extra) => {
          const body = base();
          const data = body.data as { [key: string]: Json };
          const target = level === 'root' ? body : level === 'data' ? data : (data.porn_info as { [key: string]: Json });
          target[key] = extra;
          expect(verdicts(body)).toEqual([false, false, false, false]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
