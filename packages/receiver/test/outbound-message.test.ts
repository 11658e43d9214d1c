// The queue envelope: made inline or by reference, checked strictly when a queue hands it back,
// split per key, and the dead-letter key it is kept under.

import { parseCallback } from '@wanxiang/core';
import { describe, expect, it } from 'vitest';
import { deadLetterKey, isRelayMessage, perKeyEvents, RelayError, type RelayInput, relayMessageProblem, toRelayMessage, WORKER_MAX_INLINE_BYTES } from '../src/index.js';
import { taskFinishXml } from '../src/testing/index.js';

function input(body: string, archiveKey?: string): RelayInput {
  const raw = new TextEncoder().encode(body);
  return {
    id: 'ja:Success',
    keys: ['ja:Success'],
    event: parseCallback(raw, { contentType: 'application/xml' }),
    raw,
    contentType: 'application/xml',
    contentVersion: null,
    receivedAt: '2026-04-20T02:00:00.000Z',
    ...(archiveKey ? { archiveKey } : {}),
  };
}

describe('toRelayMessage', () => {
  it('carries a small event inline, as a valid message', async () => {
    const message = await toRelayMessage(input(taskFinishXml(['ja'])), { maxInlineBytes: WORKER_MAX_INLINE_BYTES });
    expect(message.event).toBeDefined();
    expect(message.body).toBeUndefined();
    expect(isRelayMessage(message)).toBe(true);
    expect(isRelayMessage(JSON.parse(JSON.stringify(message)))).toBe(true);
  });

  it('points a large one at the archived raw body, with its size and SHA-256', async () => {
    const body = taskFinishXml(['ja'], 'u'.repeat(2000));
    const message = await toRelayMessage(input(body, 'events/2026-04-20/ja:Success.xml'), { maxInlineBytes: 1000 });
    expect(message.event).toBeUndefined();
    expect(message.body).toEqual({ key: 'events/2026-04-20/ja:Success.xml', bytes: body.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(isRelayMessage(message)).toBe(true);
  });

  it('throws EVENT_TOO_LARGE when a large event has nothing to point at', async () => {
    const thrown = await toRelayMessage(input(taskFinishXml(['ja'], 'u'.repeat(2000))), { maxInlineBytes: 1000 }).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(RelayError);
    expect((thrown as RelayError).code).toBe('EVENT_TOO_LARGE');
  });
});

describe('isRelayMessage refuses anything but this version, field by field', () => {
  const valid = {
    v: 2,
    id: 'ja:Success',
    keys: ['ja:Success'],
    receivedAt: '2026-04-20T02:00:00.000Z',
    contentType: 'application/xml',
    contentVersion: null,
    event: { EventName: 'TaskFinish', JobsDetail: [] },
  };
  const body = { key: 'events/x.xml', bytes: 10, sha256: 'a'.repeat(64) };
  it.each([
    ['(root)', null],
    ['(root)', []],
    ['(root)', 'text'],
    ['(root)', new (class Message {})()],
    ['v', { ...valid, v: 1 }],
    ['extra', { ...valid, extra: 1 }],
    ['id', { ...valid, id: '' }],
    ['id', { ...valid, id: 'a b' }],
    ['keys', { ...valid, keys: [] }],
    ['keys', { ...valid, keys: 'ja:Success' }],
    ['keys.1', { ...valid, keys: ['ja:Success', 'j\nb'] }],
    ['keys.0', { ...valid, keys: ['k'.repeat(201)] }],
    ['keys', { ...valid, keys: Array(1001).fill('k') }],
    ['receivedAt', { ...valid, receivedAt: 'yesterday' }],
    ['contentType', { ...valid, contentType: 5 }],
    ['contentVersion', { ...valid, contentVersion: undefined }],
    ['event', { ...valid, event: undefined }],
    ['event', { ...valid, event: [] }],
    ['body', { ...valid, body }],
    ['body', { ...valid, event: undefined, body: { ...body, url: 'https://evil.example/' } }],
    ['body.key', { ...valid, event: undefined, body: { ...body, key: '' } }],
    ['body.bytes', { ...valid, event: undefined, body: { ...body, bytes: -1 } }],
    ['body.sha256', { ...valid, event: undefined, body: { ...body, sha256: 'A'.repeat(64) } }],
  ])('at %s', (path, value) => {
    expect(isRelayMessage(value)).toBe(false);
    expect(relayMessageProblem(value)).toBe(path);
  });

  it('takes the valid ones', () => {
    expect(isRelayMessage(valid)).toBe(true);
    const { event: _event, ...reference } = valid;
    expect(isRelayMessage({ ...reference, body })).toBe(true);
  });
});

describe('perKeyEvents', () => {
  const two = parseCallback(taskFinishXml(['ja', 'jb']), { contentType: 'application/xml' });
  it('narrows a TaskFinish to one job per key, and keeps a key repeated once', () => {
    const pairs = perKeyEvents(two, ['ja:Success', 'jb:Success']);
    expect(pairs.map((pair) => [pair.key, (pair.event as any).JobsDetail.map((job: any) => job.JobId)])).toEqual([
      ['ja:Success', ['ja']],
      ['jb:Success', ['jb']],
    ]);
    expect(perKeyEvents(two, ['ja:Success', 'ja:Success'])).toHaveLength(1);
  });

  it('sends the whole event for one key (a digest key, a workflow)', () => {
    expect(perKeyEvents(two, ['sha256:ab'])).toEqual([{ key: 'sha256:ab', event: two }]);
  });

  it('throws KEYS_MISMATCH when the keys cannot be matched to the jobs', () => {
    expect(() => perKeyEvents(two, ['a', 'b', 'c'])).toThrow(expect.objectContaining({ code: 'KEYS_MISMATCH' }));
  });
});

describe('deadLetterKey', () => {
  it('names the day and the id, readable when the id is plain', () => {
    expect(deadLetterKey('ja:Success,jb:Failed', new Date('2026-04-20T23:59:00Z'))).toBe('dead-letter/2026-04-20/ja:Success,jb:Failed.json');
  });

  it('percent-encodes what could change the folder or put raw text in the key', () => {
    for (const id of ['../../events/2026-04-20/x', 'a/b', 'a\\b', 'x\r\ny', '%2F', 'a b', '数据']) {
      const key = deadLetterKey(id, new Date('2026-04-20T00:00:00Z'));
      expect(key.startsWith('dead-letter/2026-04-20/'), id).toBe(true);
      const segment = key.slice('dead-letter/2026-04-20/'.length);
      expect(segment, id).toMatch(/^[\w.:,@=+%-]+\.json$/);
      expect(segment.includes('/'), id).toBe(false);
    }
  });
});
