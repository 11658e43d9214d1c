// Verify by lookup when CI cannot be asked (a stalled API, a signature mismatch, a 404 that is
// not CI's, a 500): a 503, so that CI delivers again, never a 403 that loses the callback.
import { parseCallbackLenient } from '@wanxiang/core';
import { describe, expect, it } from 'vitest';
import { createCiClient, createCiConfirm } from '../src/index.js';
import { bucketsOf, system } from './support/confirm-system.js';
import { SECRET, transcodeXml } from './support/lookup-fixtures.js';

describe('when CI cannot be asked, CI must deliver again', () => {
  const transcode = parseCallbackLenient(transcodeXml.text).event;

  it('a stalled API: 503 CONFIRM_TIMEOUT within the deadline', async () => {
    const { double, post } = system({ confirmTimeoutMs: 300 });
    double.addCallback(transcodeXml.text, 'application/xml');
    double.fail('stall');
    const started = performance.now();
    const answer = await post(transcodeXml.text, 'application/xml', undefined, bucketsOf(transcode));
    expect(answer.status).toBe(503);
    expect(answer.body.code).toBe('CONFIRM_TIMEOUT');
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('a signature mismatch: 503 CONFIRM_FAILED, reported with its cause LOOKUP_UNAUTHORIZED', async () => {
    const { double, errors, post } = system({ secretKey: 'not-the-secret-key-0123456789' });
    double.addCallback(transcodeXml.text, 'application/xml');
    const answer = await post(transcodeXml.text, 'application/xml', undefined, bucketsOf(transcode));
    expect(answer.status).toBe(503);
    expect(answer.body.code).toBe('CONFIRM_FAILED');
    expect(errors.map((error) => [error.code, (error.cause as { code?: string })?.code])).toEqual([['CONFIRM_FAILED', 'LOOKUP_UNAUTHORIZED']]);
    expect(double.requests.map((request) => request.refusal)).toEqual(['SignatureDoesNotMatch']);
  });

  it("a 404 that is not CI's own error body (a proxy, a misrouted endpoint): 503, never a 403 that loses the callback", async () => {
    const { errors } = system();
    void errors;
    const client = createCiClient({ credentials: SECRET, fetch: async () => new Response('<html>not found</html>', { status: 404, headers: { 'content-type': 'text/html' } }) });
    const confirm = createCiConfirm({ client, buckets: bucketsOf(transcode) });
    await expect(confirm(transcode)).rejects.toMatchObject({ code: 'LOOKUP_FAILED' });
  });

  it('a 500: 503 CONFIRM_FAILED', async () => {
    const { double, post } = system();
    double.addCallback(transcodeXml.text, 'application/xml');
    double.fail('server-error');
    expect((await post(transcodeXml.text, 'application/xml', undefined, bucketsOf(transcode))).body.code).toBe('CONFIRM_FAILED');
  });
});
