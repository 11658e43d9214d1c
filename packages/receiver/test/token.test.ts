import { describe, expect, it } from 'vitest';
import { createReceiver, MIN_TOKEN_LENGTH, tokenFromUrl } from '../src/index.js';
import { bodyOf, OTHER_TOKEN, post, recordingLogger, setup, TASK_XML, TEST_REQUEST_JSON, TOKEN, textOf, URL_WITH_TOKEN } from './support/fixtures.js';

const forwarder = { send: async () => {} };

describe('where the token is read', () => {
  it('accepts the token as the last path segment /ci/<token>', async () => {
    const { receiver, deliveries } = setup();
    const response = await receiver.fetch(post(TASK_XML, { url: `https://hooks.example.com/ci/${TOKEN}` }));
    expect(response.status).toBe(200);
    expect(deliveries).toHaveLength(1);
  });

  it('accepts the token as ?token=', async () => {
    const { receiver } = setup();
    const response = await receiver.fetch(post(TASK_XML, { url: `https://hooks.example.com/ci?token=${TOKEN}` }));
    expect(response.status).toBe(200);
  });

  it('accepts a percent-encoded token in the path', async () => {
    const token = 'päth/tøken+0123456789';
    const { receiver } = setup({ tokens: [token] });
    const response = await receiver.fetch(post(TASK_XML, { url: `https://hooks.example.com/ci/${encodeURIComponent(token)}` }));
    expect(response.status).toBe(200);
  });

  it('prefers ?token= over the path: a wrong query token is refused even with the right path', async () => {
    const { receiver } = setup();
    const response = await receiver.fetch(post(TASK_XML, { url: `${URL_WITH_TOKEN}?token=wrong-wrong-wrong-wrong` }));
    expect(response.status).toBe(401);
  });

  it('accepts the token in the path when the query carries no token parameter', async () => {
    const { receiver } = setup();
    const response = await receiver.fetch(post(TASK_XML, { url: `${URL_WITH_TOKEN}?source=ci` }));
    expect(response.status).toBe(200);
  });
});

describe('refusing requests without a valid token', () => {
  it.each([
    ['no token at all', 'https://hooks.example.com/'],
    ['a path without the token', 'https://hooks.example.com/ci'],
    ['a wrong token', 'https://hooks.example.com/ci/tok-wrong-wrong-wrong'],
    ['the token with one character more', `${URL_WITH_TOKEN}x`],
    ['the token with one character less', URL_WITH_TOKEN.slice(0, -1)],
    ['the token in another case', `https://hooks.example.com/ci/${TOKEN.toUpperCase()}`],
    ['the token in a segment that is not the last', `${URL_WITH_TOKEN}/callback`],
    ['an empty ?token= and no token in the path', 'https://hooks.example.com/ci?token='],
  ])('answers 401 {code:UNAUTHORIZED} for %s, forwarding nothing', async (_name, url) => {
    const { receiver, deliveries, errors } = setup();
    const response = await receiver.fetch(post(TASK_XML, { url }));
    expect(response.status).toBe(401);
    const body = await bodyOf(response);
    expect(body.code).toBe('UNAUTHORIZED');
    expect(body.issues).toEqual([{ path: '', message: body.message }]);
    expect(deliveries).toEqual([]);
    expect(errors.map(({ error, context }) => [error.code, context.status])).toEqual([['UNAUTHORIZED', 401]]);
  });

  it('refuses without a token before looking at the body: 401 even for an unsupported Content-Type or a bad body', async () => {
    const { receiver } = setup();
    const url = 'https://hooks.example.com/ci/';
    expect((await receiver.fetch(post(TASK_XML, { url, contentType: 'image/png' }))).status).toBe(401);
    expect((await receiver.fetch(post('<a>', { url }))).status).toBe(401);
  });

  it('does not read the body of an unauthenticated request', async () => {
    const { receiver } = setup();
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulls++;
          controller.enqueue(new TextEncoder().encode(TASK_XML));
          controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    const response = await receiver.fetch(post(stream, { url: 'https://hooks.example.com/ci/nope-nope-nope-nope', contentType: 'application/xml' }));
    expect(response.status).toBe(401);
    expect(pulls).toBe(0);
  });
});

describe('rotation', () => {
  it('accepts either of two configured tokens, and still refuses a third', async () => {
    const { receiver, deliveries } = setup({ tokens: [TOKEN, OTHER_TOKEN] });
    expect((await receiver.fetch(post(TASK_XML, { url: `https://hooks.example.com/ci/${TOKEN}` }))).status).toBe(200);
    expect((await receiver.fetch(post(TASK_XML, { url: `https://hooks.example.com/ci?token=${OTHER_TOKEN}` }))).status).toBe(200);
    expect((await receiver.fetch(post(TASK_XML, { url: 'https://hooks.example.com/ci/tok-third-third-third' }))).status).toBe(401);
    expect(deliveries).toHaveLength(2);
  });

  it('refuses the retired token once a receiver is created without it', async () => {
    const { receiver } = setup({ tokens: [OTHER_TOKEN] });
    expect((await receiver.fetch(post(TASK_XML))).status).toBe(401);
  });
});

describe('the token never leaks', () => {
  it('appears in no response body, no header, no logger call, and no error or context given to onError', async () => {
    const { logger, calls } = recordingLogger();
    const seen: unknown[] = [];
    let forward: 'ok' | 'fail' = 'ok';
    const receiver = createReceiver({
      tokens: [TOKEN, OTHER_TOKEN],
      forwarder: {
        send: async () => {
          if (forward === 'fail') throw new Error('queue down');
        },
      },
      archive: { put: async () => Promise.reject(new Error('archive down')) },
      allow: { QueueId: ['p1'] },
      logger,
    });
    receiver.on('TaskFinish', () => {
      throw new Error('handler broke');
    });
    receiver.onError((error, context) => {
      seen.push(error, context);
    });

    const requests: [string, () => Request][] = [
      ['200', () => post(TASK_XML)],
      ['200 test request', () => post(TEST_REQUEST_JSON)],
      ['400', () => post('<a>')],
      ['401 near miss', () => post(TASK_XML, { url: `${URL_WITH_TOKEN}${OTHER_TOKEN}` })],
      ['401 query near miss', () => post(TASK_XML, { url: `https://hooks.example.com/ci?token=${TOKEN}-` })],
      ['403', () => post(TASK_XML.replace('p1', 'p2'))],
      ['405', () => new Request(URL_WITH_TOKEN)],
      ['413', () => post(TASK_XML, { headers: { 'content-length': String(10 * 1024 * 1024) } })],
      ['415', () => post(TASK_XML, { contentType: 'image/png' })],
    ];
    const statuses: number[] = [];
    const answered: string[] = [];
    for (const [, request] of requests) {
      const response = await receiver.fetch(request());
      statuses.push(response.status);
      answered.push(await response.text(), JSON.stringify([...response.headers]));
    }
    forward = 'fail';
    const failed = await receiver.fetch(post(TASK_XML));
    statuses.push(failed.status);
    answered.push(await failed.text(), JSON.stringify([...failed.headers]));

    expect(statuses).toEqual([200, 200, 400, 401, 401, 403, 405, 413, 415, 503]);
    // The checks below are only meaningful if every path was taken and reported.
    expect(seen.length).toBeGreaterThanOrEqual(2 * 10);
    expect(calls.length).toBeGreaterThanOrEqual(10);
    for (const token of [TOKEN, OTHER_TOKEN]) {
      expect(answered.join('\n')).not.toContain(token);
      expect(textOf(calls)).not.toContain(token);
      expect(textOf(seen)).not.toContain(token);
    }
  });

  it('is not echoed by the TypeError for a short token', () => {
    const secret = 'short-secret';
    let thrown: unknown;
    try {
      createReceiver({ tokens: [TOKEN, secret], forwarder });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as TypeError).message).toContain('tokens[1]');
    expect((thrown as TypeError).message).not.toContain(secret);
  });
});

describe('token configuration', () => {
  it('requires at least 16 characters per token', () => {
    expect(MIN_TOKEN_LENGTH).toBe(16);
    expect(() => createReceiver({ tokens: ['a'.repeat(15)], forwarder })).toThrow(TypeError);
    expect(() => createReceiver({ tokens: ['a'.repeat(16)], forwarder })).not.toThrow();
  });

  it('throws a TypeError when any one of several tokens is too short', () => {
    expect(() => createReceiver({ tokens: [TOKEN, 'too-short'], forwarder })).toThrow(TypeError);
  });

  it.each([
    ['an empty list', []],
    ['a string instead of a list', TOKEN],
    // 16 digits, MIN_TOKEN_LENGTH as a string, and exact as a double.
    ['a list holding a non-string', [1234567890123456]],
    ['a list holding an empty string', ['']],
  ])('throws a TypeError for %s', (_name, tokens) => {
    expect(() => createReceiver({ tokens: tokens as unknown as string[], forwarder })).toThrow(TypeError);
  });

  it('accepts a 16-character token at run time', async () => {
    const token = 'a'.repeat(16);
    const { receiver } = setup({ tokens: [token] });
    expect((await receiver.fetch(post(TASK_XML, { url: `https://hooks.example.com/ci/${token}` }))).status).toBe(200);
  });
});

describe('tokenFromUrl', () => {
  it('reads the last path segment', () => {
    expect(tokenFromUrl('https://h.example/ci/abc')).toBe('abc');
    expect(tokenFromUrl('https://h.example/a/b/c')).toBe('c');
  });

  it('ignores trailing slashes and empty segments', () => {
    expect(tokenFromUrl('https://h.example/ci/abc/')).toBe('abc');
    expect(tokenFromUrl('https://h.example/ci/abc//')).toBe('abc');
    expect(tokenFromUrl('https://h.example//abc')).toBe('abc');
  });

  it('returns undefined for a URL with no path segment and no query token', () => {
    expect(tokenFromUrl('https://h.example/')).toBeUndefined();
    expect(tokenFromUrl('https://h.example')).toBeUndefined();
    expect(tokenFromUrl('https://h.example/?other=1')).toBeUndefined();
  });

  it('decodes percent-encoding in the path segment', () => {
    expect(tokenFromUrl('https://h.example/ci/a%2Fb%20c')).toBe('a/b c');
    expect(tokenFromUrl(`https://h.example/ci/${encodeURIComponent('令牌+=')}`)).toBe('令牌+=');
  });

  it('returns a path segment with malformed percent-encoding as it is', () => {
    expect(tokenFromUrl('https://h.example/ci/abc%E0%A4%A')).toBe('abc%E0%A4%A');
    expect(tokenFromUrl('https://h.example/ci/100%')).toBe('100%');
  });

  it('leaves a "+" in the path as "+" (it means space only in a query)', () => {
    expect(tokenFromUrl('https://h.example/ci/a+b')).toBe('a+b');
    expect(tokenFromUrl('https://h.example/ci?token=a+b')).toBe('a b');
    expect(tokenFromUrl('https://h.example/ci?token=a%2Bb')).toBe('a+b');
  });

  it('prefers a non-empty ?token= over the path', () => {
    expect(tokenFromUrl('https://h.example/ci/from-path?token=from-query')).toBe('from-query');
  });

  it('falls back to the path when ?token= is empty', () => {
    expect(tokenFromUrl('https://h.example/ci/from-path?token=')).toBe('from-path');
  });

  it('takes the first of repeated ?token= parameters', () => {
    expect(tokenFromUrl('https://h.example/ci?token=first&token=second')).toBe('first');
  });

  it('decodes percent-encoding in the query', () => {
    expect(tokenFromUrl('https://h.example/ci?token=a%26b%3Dc')).toBe('a&b=c');
  });

  it('does not read a fragment', () => {
    expect(tokenFromUrl('https://h.example/ci/abc#frag')).toBe('abc');
  });

  it('throws for a string that is not a URL', () => {
    expect(() => tokenFromUrl('not a url')).toThrow(TypeError);
  });
});
