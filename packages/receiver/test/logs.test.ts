// Log lines and fields never carry raw body-chosen control characters, and stay bounded.

import { MAX_EXCERPT_LENGTH } from '@wanxiang/core';
import { describe, expect, it } from 'vitest';
import { jobXml, type LogCall, post, recordingLogger, setup, TOKEN, taskXml } from './support/fixtures.js';

/** A JobId as a log-forging attacker writes it: a fake second line, a terminal escape, a bidi override. */
const HOSTILE_ID = 'j1\r\n2026-12-02 INFO wanxiang: all good\u001b[31m\u202e\u0007';
/** A TaskFinish as JSON (XML 1.0 cannot carry ESC or BEL at all), the hostile text in JobId and QueueId. */
const hostileJson = (queueId = 'p1') => JSON.stringify({ EventName: 'TaskFinish', JobsDetail: [{ Code: 'Success', JobId: HOSTILE_ID, State: 'Success', Tag: 'Transcode', QueueId: queueId }] });
const RAW_CONTROL = /[\r\n\u001b\u0007\u202e]/;

/** Every text one log call carries: its message, its field names and its field values. */
const textsOf = (call: LogCall) => [call.message, ...Object.entries(call.fields ?? {}).flatMap(([name, value]) => [name, String(value)])];

function expectClean(calls: LogCall[]) {
  expect(calls.length).toBeGreaterThan(0);
  for (const call of calls) {
    for (const text of textsOf(call)) {
      expect(text, JSON.stringify(text)).not.toMatch(RAW_CONTROL);
      expect(text.length).toBeLessThanOrEqual(400);
      expect(text).not.toContain(TOKEN);
    }
  }
}

describe('no log call receives a raw CR, LF or ESC from a body', () => {
  it('when a handler throws with the hostile JobId in its message (the key, the id, the cause)', async () => {
    const { receiver, logs } = setup();
    receiver.onAny((_event, { keys }) => {
      throw new Error(`could not process ${HOSTILE_ID} (${keys.join()})`);
    });
    expect((await receiver.fetch(post(hostileJson()))).status).toBe(200);
    expectClean(logs);
    expect(logs.some((call) => String(call.fields?.cause).includes('\\u000d\\u000a'))).toBe(true);
  });

  it('when the forwarder and the archive fail with body text in their errors', async () => {
    const failure = new Error(`queue refused ${HOSTILE_ID}`);
    const { receiver, logs } = setup({
      forwarder: { send: () => Promise.reject(failure) },
      archive: { put: () => Promise.reject(failure) },
    });
    expect((await receiver.fetch(post(hostileJson()))).status).toBe(503);
    expectClean(logs);
  });

  it('when a body is refused: a malformed one and a forbidden one (the dotted path, the message)', async () => {
    const { receiver, logs } = setup({ allow: { QueueId: ['p9'] } });
    await receiver.fetch(post(`<Response><EventName>TaskFinish</EventName>${jobXml(HOSTILE_ID)}</Respons>`, { contentType: 'application/xml' }));
    expect((await receiver.fetch(post(hostileJson(HOSTILE_ID)))).status).toBe(403);
    expectClean(logs);
  });

  it('when a thrown value prints as the hostile text, and when the logger itself would get a long one', async () => {
    const { logger, calls } = recordingLogger();
    const { receiver } = setup({ logger, forwarder: { send: () => Promise.reject({ toString: () => HOSTILE_ID.repeat(100) }) } });
    await receiver.fetch(post(taskXml()));
    expectClean(calls);
    const cause = String(calls.find((call) => call.level === 'error')?.fields?.cause);
    expect(cause).toMatch(/more characters\)$/);
    expect(MAX_EXCERPT_LENGTH).toBeLessThan(cause.length);
  });
});
