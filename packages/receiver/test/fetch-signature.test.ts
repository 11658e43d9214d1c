// `receiver.fetch` is handed bare to runtimes that call it with different second and third
// arguments; only a callable `waitUntil` makes an execution context.
import { describe, expect, it } from 'vitest';
import { bodyOf, post, setup, TASK_XML } from './support/fixtures.js';

/** A receiver whose one handler records that it ran and can be held open. */
function withHandler() {
  const harness = setup();
  const ran: string[] = [];
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  harness.receiver.onAny(async (_event, { id }) => {
    await held;
    ran.push(id);
  });
  return { ...harness, ran, release };
}

describe('receiver.fetch called as each runtime calls it', () => {
  const notContexts: [string, unknown, unknown][] = [
    ['Deno.serve: (request, info)', { remoteAddr: { transport: 'tcp', hostname: '127.0.0.1', port: 1 }, completed: Promise.resolve() }, undefined],
    ['Bun.serve: (request, server)', { port: 3000, hostname: 'localhost', fetch() {}, stop() {} }, undefined],
    ['a Workers env without ctx', { CI_TOKENS: 'x', EVENTS: { send() {} } }, undefined],
    ['a waitUntil that is not a function', { waitUntil: 'soon' }, { waitUntil: 42 }],
    ['null and primitives', null, 'ctx'],
    [
      'a Proxy whose getter throws',
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('revoked');
          },
        },
      ),
      undefined,
    ],
  ];
  for (const [what, second, third] of notContexts) {
    it(`${what}: answers 200 once the handlers finished, forwarding once`, async () => {
      const { receiver, deliveries, ran, release } = withHandler();
      const answer = receiver.fetch(post(TASK_XML), second, third);
      setTimeout(release, 20);
      const response = await answer;
      expect(response.status).toBe(200);
      expect(ran).toEqual(['j1:Success']); // awaited before the answer: nothing else would keep it alive
      expect(deliveries).toHaveLength(1);
    });
  }

  it('Workers: (request, env, ctx) runs the handlers in ctx.waitUntil, after the answer', async () => {
    const { receiver, deliveries, ran, release } = withHandler();
    const waited: Promise<unknown>[] = [];
    const response = await receiver.fetch(post(TASK_XML), { CI_TOKENS: 'x' }, { waitUntil: (p: Promise<unknown>) => void waited.push(p), passThroughOnException() {} });
    expect(response.status).toBe(200);
    expect(await bodyOf(response)).toMatchObject({ ok: true, id: 'j1:Success' });
    expect(ran).toEqual([]);
    expect(waited).toHaveLength(1);
    release();
    await Promise.all(waited);
    expect(ran).toEqual(['j1:Success']);
    expect(deliveries).toHaveLength(1);
  });

  it('Netlify/Vercel style: (request, context) with waitUntil in second place', async () => {
    const { receiver, ran, release } = withHandler();
    const waited: Promise<unknown>[] = [];
    const response = await receiver.fetch(post(TASK_XML), { waitUntil: (p: Promise<unknown>) => void waited.push(p) });
    expect(response.status).toBe(200);
    expect(waited).toHaveLength(1);
    release();
    await Promise.all(waited);
    expect(ran).toEqual(['j1:Success']);
  });

  it('a waitUntil that throws (a context already finished) falls back to awaiting: 200, never 500', async () => {
    const { receiver, deliveries, ran, release, errors } = withHandler();
    const ctx = {
      waitUntil: () => {
        throw new TypeError('waitUntil called after the response');
      },
    };
    const answer = receiver.fetch(post(TASK_XML), {}, ctx);
    setTimeout(release, 20);
    const response = await answer;
    expect(response.status).toBe(200);
    expect(ran).toEqual(['j1:Success']);
    expect(deliveries).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('works detached, as `export default { fetch: receiver.fetch }` and `const { fetch } = receiver` hand it over', async () => {
    const { receiver, deliveries } = setup();
    const { fetch } = receiver;
    const handler = { fetch: receiver.fetch };
    expect((await fetch(post(TASK_XML))).status).toBe(200);
    expect((await handler.fetch(post(TASK_XML), {}, { waitUntil() {} })).status).toBe(200);
    expect((await Reflect.apply(fetch, undefined, [post(TASK_XML)])).status).toBe(200);
    expect(deliveries).toHaveLength(3);
  });
});

describe('thrown values that cannot be printed never change a decided answer', () => {
  const unprintable = (): unknown[] => [
    Object.create(null),
    {
      toString() {
        throw new Error('no');
      },
    },
    Object.defineProperty(new Error('x'), 'message', {
      get() {
        throw new Error('no');
      },
    }),
  ];

  it('a handler throwing one: still 200, reported as HANDLER_FAILED (with and without a context)', async () => {
    for (const thrown of unprintable()) {
      for (const ctx of [
        undefined,
        {
          waitUntil: (p: Promise<unknown>) =>
            void p.then(
              () => {},
              (e) => {
                throw e;
              },
            ),
        },
      ]) {
        const { receiver, errors } = setup();
        receiver.onAny(() => {
          throw thrown;
        });
        const waited: Promise<unknown>[] = [];
        const context = ctx && { waitUntil: (p: Promise<unknown>) => void waited.push(p) };
        const response = await receiver.fetch(post(TASK_XML), {}, context);
        await Promise.all(waited); // rejects if the dispatch promise rejects
        expect(response.status).toBe(200);
        expect(errors.map((entry) => entry.error.code)).toEqual(['HANDLER_FAILED']);
      }
    }
  });

  it('a forwarder throwing one: 503 with Retry-After, not 500', async () => {
    for (const thrown of unprintable()) {
      const { receiver } = setup({
        forwarder: {
          send: async () => {
            throw thrown;
          },
        },
      });
      const response = await receiver.fetch(post(TASK_XML));
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('30');
    }
  });
});

describe('the status of each core code', () => {
  it('a generic content type whose body is neither XML nor JSON: 415 UNSUPPORTED_FORMAT, like a wrong declared type', async () => {
    const { receiver, deliveries } = setup();
    const response = await receiver.fetch(post('hello, not a callback', { contentType: 'text/plain' }));
    expect(response.status).toBe(415);
    expect((await bodyOf(response)).code).toBe('UNSUPPORTED_FORMAT');
    expect(deliveries).toEqual([]);
  });
});
