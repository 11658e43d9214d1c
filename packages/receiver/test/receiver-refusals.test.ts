// createReceiver refuses what is not a callback it can deliver: the method, the content type,
// the body (each core code), the limits; each refusal logged once. Accepted callbacks: receiver.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodyOf, post, setup, TASK_XML, URL_WITH_TOKEN } from './support/fixtures.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('refusals', () => {
  it.each(['GET', 'PUT', 'DELETE'])('answers %s with 405 and Allow: POST', async (method) => {
    const { receiver, deliveries } = setup();
    const response = await receiver.fetch(new Request(URL_WITH_TOKEN, { method }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await bodyOf(response)).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
    expect(deliveries).toEqual([]);
  });

  it('answers 415 UNSUPPORTED_FORMAT for Content-Type image/png without forwarding', async () => {
    const { receiver, deliveries } = setup();
    const response = await receiver.fetch(post(TASK_XML, { contentType: 'image/png' }));
    expect(response.status).toBe(415);
    const body = await bodyOf(response);
    expect(body.code).toBe('UNSUPPORTED_FORMAT');
    expect(body.message).toContain('image/png');
    expect(deliveries).toEqual([]);
  });

  it('answers 415 for a charset other than UTF-8', async () => {
    const { receiver } = setup();
    const response = await receiver.fetch(post(TASK_XML, { contentType: 'application/xml; charset=gbk' }));
    expect(response.status).toBe(415);
    expect((await bodyOf(response)).code).toBe('UNSUPPORTED_FORMAT');
  });

  it('answers 400 {code, message, issues} with MALFORMED_XML for "<a>"', async () => {
    const { receiver, deliveries } = setup();
    const response = await receiver.fetch(post('<a>', { contentType: 'application/xml' }));
    expect(response.status).toBe(400);
    const body = await bodyOf(response);
    expect(Object.keys(body).sort()).toEqual(['code', 'issues', 'message']);
    expect(body.code).toBe('MALFORMED_XML');
    expect(body.message).toMatch(/Malformed XML/);
    expect(body.issues).toEqual([{ path: '', message: body.message }]);
    expect(deliveries).toEqual([]);
  });

  it('answers 400 INVALID_CALLBACK with the dotted path of each issue', async () => {
    const { receiver, deliveries } = setup();
    const body = '{"EventName":"TaskFinish","JobsDetail":[{"JobId":"j1","Tag":"Transcode"},{"JobId":{"nested":"x"},"Tag":"Transcode"}]}';
    const response = await receiver.fetch(post(body));
    expect(response.status).toBe(400);
    const answer = await bodyOf(response);
    expect(answer.code).toBe('INVALID_CALLBACK');
    expect(answer.issues).toEqual([{ path: 'JobsDetail.1.JobId', message: expect.stringContaining('expected text') }]);
    expect(deliveries).toEqual([]);
  });

  it('answers 400 MALFORMED_JSON and EMPTY_BODY with the core codes', async () => {
    const { receiver } = setup();
    const malformed = await receiver.fetch(post('{"EventName":', { contentType: 'application/json' }));
    expect(malformed.status).toBe(400);
    expect((await bodyOf(malformed)).code).toBe('MALFORMED_JSON');
    const empty = await receiver.fetch(post(null, { contentType: 'application/json' }));
    expect(empty.status).toBe(400);
    expect((await bodyOf(empty)).code).toBe('EMPTY_BODY');
  });

  it('answers 400 INVALID_CALLBACK for well-formed JSON that is no callback', async () => {
    const { receiver } = setup();
    const response = await receiver.fetch(post('{"hello":"world"}'));
    expect(response.status).toBe(400);
    expect(await bodyOf(response)).toMatchObject({ code: 'INVALID_CALLBACK', issues: [{ path: '' }] });
  });

  it('answers 400 TOO_DEEP for nesting past maxDepth', async () => {
    const { receiver } = setup({ maxDepth: 4 });
    const response = await receiver.fetch(post('<Response><EventName>TaskFinish</EventName><JobsDetail><Input><a><b><c>x</c></b></a></Input></JobsDetail></Response>'));
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).code).toBe('TOO_DEEP');
  });

  it('answers 400 TOO_MANY_NAMES past maxNames distinct names, in both formats, and passes maxNames on', async () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `<k${i}>1</k${i}>`).join('');
    const xml = (n: number) => `<Response><EventName>TaskFinish</EventName><JobsDetail><Tag>Snapshot</Tag>${names(n)}</JobsDetail></Response>`;
    const json = (n: number) => `{"EventName":"TaskFinish","JobsDetail":{"Tag":"Snapshot",${Array.from({ length: n }, (_, i) => `"k${i}":1`).join(',')}}}`;
    const { receiver } = setup();
    // Response, EventName, JobsDetail and Tag are 4 of the 1,024 names; JSON has no Response.
    expect((await receiver.fetch(post(xml(1020)))).status).toBe(200);
    expect((await receiver.fetch(post(json(1021)))).status).toBe(200);
    for (const response of [await receiver.fetch(post(xml(1021))), await receiver.fetch(post(json(1022)))]) {
      expect(response.status).toBe(400);
      expect((await bodyOf(response)).code).toBe('TOO_MANY_NAMES');
    }
    const { receiver: strict } = setup({ maxNames: 10 });
    const refused = await strict.fetch(post(xml(7)));
    expect(refused.status).toBe(400);
    expect((await bodyOf(refused)).message).toMatch(/more than 10 distinct element names/);
  });

  it('logs each refusal once with logger.warn: status, code and message', async () => {
    const { receiver, logs } = setup();
    await receiver.fetch(post('<a>'));
    expect(logs).toEqual([{ level: 'warn', message: expect.any(String), fields: { status: 400, code: 'MALFORMED_XML', message: expect.stringMatching(/Malformed XML/) } }]);
  });
});
