// Every wait that user code or the network controls has a deadline with a defined answer.
import { afterEach, describe, expect, it } from 'vitest';
import type { ReceiverError, ReceiverOptions } from '../src/index.js';
import { bodyOf, post, setup, TASK_XML, URL_WITH_TOKEN } from './support/fixtures.js';

/** Short real deadlines keep the tests fast; the bounds below leave a loaded machine seconds of room. */
const SHORT = { archiveTimeoutMs: 40, forwardTimeoutMs: 40, handlerTimeoutMs: 40, errorHandlerTimeoutMs: 40 } as const;
/** What "answered promptly" means here: far under a never-settling wait, far over a loaded event loop's jitter. */
const PROMPT_MS = 2_000;

const never = () => new Promise<never>(() => {});
const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const workersContext = () => {
  const waited: Promise<unknown>[] = [];
  return { waited, context: { waitUntil: (promise: Promise<unknown>) => void waited.push(promise) } };
};

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work;
  return { value, ms: performance.now() - started };
}

/** A forwarder that records each call and answers with `answer()`. */
function forwarder(answer: () => Promise<unknown>) {
  const calls: unknown[] = [];
  const send = (delivery: unknown) => {
    calls.push(delivery);
    return answer();
  };
  return { calls, forwarder: { send } satisfies ReceiverOptions['forwarder'] };
}

const receivers: { drain(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.drain()));
});

function receiverWith(options: Partial<ReceiverOptions> & { withArchive?: boolean }) {
  const made = setup({ ...SHORT, ...options });
  receivers.push(made.receiver);
  return made;
}

describe('a forwarder that does not settle in forwardTimeoutMs', () => {
  it.each([
    ['never settles', never],
    ['settles after the deadline', () => later(400)],
    ['rejects after the deadline', () => later(200).then(() => Promise.reject(new Error('late failure')))],
  ])('%s: 503 FORWARD_TIMEOUT with Retry-After, one call, the late settlement ignored', async (_name, answer) => {
    const { calls, forwarder: send } = forwarder(answer);
    const { receiver, errors, logs } = receiverWith({ forwarder: send });
    const ran: string[] = [];
    receiver.onAny(() => void ran.push('handler'));
    const { value: response, ms } = await timed(receiver.fetch(post(TASK_XML)));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await bodyOf(response)).toMatchObject({ code: 'FORWARD_TIMEOUT' });
    expect(ms).toBeGreaterThanOrEqual(SHORT.forwardTimeoutMs - 5);
    expect(ms).toBeLessThan(PROMPT_MS);
    expect(calls).toHaveLength(1);
    await later(450); // let the late settlement happen inside this test: vitest fails the run on an unhandled rejection
    expect(calls).toHaveLength(1);
    expect(ran).toEqual([]); // an event not known to be durable runs no handler
    expect(errors.map(({ error, context }) => [error.code, context.status, context.id])).toEqual([['FORWARD_TIMEOUT', 503, 'j1:Success']]);
    expect(logs.filter((call) => call.level === 'error').map((call) => call.fields?.code)).toEqual(['FORWARD_TIMEOUT']);
  });

  it('answers 503 FORWARD_TIMEOUT with an execution context too, without waiting for waitUntil', async () => {
    const { calls, forwarder: send } = forwarder(never);
    const { receiver } = receiverWith({ forwarder: send });
    const { context } = workersContext();
    const { value: response, ms } = await timed(receiver.fetch(post(TASK_XML), {}, context));
    expect(response.status).toBe(503);
    expect(ms).toBeLessThan(PROMPT_MS);
    expect(calls).toHaveLength(1);
  });

  it('still answers 200 for a forwarder that resolves within the deadline, and 503 FORWARD_FAILED for one that throws synchronously', async () => {
    const quick = receiverWith({ forwarder: forwarder(() => later(5)).forwarder });
    expect((await quick.receiver.fetch(post(TASK_XML))).status).toBe(200);
    const throwing = receiverWith({
      forwarder: {
        send: () => {
          throw new Error('sync throw');
        },
      },
    });
    const response = await throwing.receiver.fetch(post(TASK_XML));
    expect(response.status).toBe(503);
    expect(await bodyOf(response)).toMatchObject({ code: 'FORWARD_FAILED' });
  });
});

describe('an archive that does not settle in archiveTimeoutMs', () => {
  it('counts as a failure: ARCHIVE_TIMEOUT reported, no archiveKey, and the forwarder still decides (200)', async () => {
    const { calls, forwarder: send } = forwarder(async () => undefined);
    const { receiver, errors } = receiverWith({ forwarder: send, archive: { put: never } });
    const { value: response, ms } = await timed(receiver.fetch(post(TASK_XML)));
    expect(response.status).toBe(200);
    expect(ms).toBeLessThan(PROMPT_MS);
    expect(calls).toHaveLength(1);
    expect((calls[0] as { archiveKey?: string }).archiveKey).toBeUndefined();
    expect(errors.map(({ error, context }) => [error.code, (error as ReceiverError).status, context.status])).toEqual([['ARCHIVE_TIMEOUT', undefined, undefined]]);
  });

  it.each([
    ['a rejected body (400)', '<a>', {}, 400],
    ['a forbidden body (403)', TASK_XML, { allow: { QueueId: ['p9'] } }, 403],
  ])('does not hold back the answer to %s', async (_name, body, options, status) => {
    const { receiver, errors } = receiverWith({ ...options, archive: { put: never } });
    const { value: response, ms } = await timed(receiver.fetch(post(body)));
    expect(response.status).toBe(status);
    expect(ms).toBeLessThan(PROMPT_MS);
    expect(errors.map(({ error }) => error.code)).toEqual(['ARCHIVE_TIMEOUT', status === 400 ? 'MALFORMED_XML' : 'FORBIDDEN']);
  });

  it('ignores a late rejection of the archive', async () => {
    const { receiver, errors } = receiverWith({ archive: { put: () => later(150).then(() => Promise.reject(new Error('late'))) } });
    expect((await receiver.fetch(post(TASK_XML))).status).toBe(200);
    await later(200);
    expect(errors.map(({ error }) => error.code)).toEqual(['ARCHIVE_TIMEOUT']);
  });
});

describe('handlers without an execution context', () => {
  it('are awaited at most handlerTimeoutMs: then 200 while they go on, HANDLER_TIMEOUT reported', async () => {
    const { receiver, deliveries, errors } = receiverWith({});
    receiver.on('TaskFinish', never);
    const { value: response, ms } = await timed(receiver.fetch(post(TASK_XML)));
    expect(response.status).toBe(200);
    expect(ms).toBeGreaterThanOrEqual(SHORT.handlerTimeoutMs - 5);
    expect(ms).toBeLessThan(PROMPT_MS);
    expect(deliveries).toHaveLength(1);
    expect(errors.map(({ error, context }) => [error.code, context.id])).toEqual([['HANDLER_TIMEOUT', 'j1:Success']]);
  });

  it('are awaited when they finish in time, and a handler that throws after the deadline is still reported as HANDLER_FAILED', async () => {
    const { receiver, errors } = receiverWith({});
    let quickDone = false;
    receiver.on('TaskFinish', async () => {
      await later(5);
      quickDone = true;
    });
    receiver.onAny(async () => {
      await later(150);
      throw new Error('late handler failure');
    });
    const response = await receiver.fetch(post(TASK_XML));
    expect(response.status).toBe(200);
    expect(quickDone).toBe(true);
    expect(errors.map(({ error }) => error.code)).toEqual(['HANDLER_TIMEOUT']);
    await later(250);
    await receiver.drain();
    expect(errors.map(({ error }) => error.code)).toEqual(['HANDLER_TIMEOUT', 'HANDLER_FAILED']);
  });
});

describe('handlers with an execution context', () => {
  it('run in waitUntil after the answer; the work handed over ends by handlerTimeoutMs even if a handler never settles', async () => {
    const { receiver, errors } = receiverWith({});
    receiver.on('Transcode', never);
    const { waited, context } = workersContext();
    const { value: response, ms } = await timed(receiver.fetch(post(TASK_XML), {}, context));
    expect(response.status).toBe(200);
    expect(ms).toBeLessThan(PROMPT_MS);
    expect(waited.length).toBeGreaterThanOrEqual(1);
    const { ms: handedOver } = await timed(Promise.all(waited));
    expect(handedOver).toBeLessThan(PROMPT_MS);
    await receiver.drain();
    expect(errors.map(({ error }) => error.code)).toEqual(['HANDLER_TIMEOUT']);
  });
});

describe('onError never delays an answer', () => {
  const refusals = [
    ['401', () => post(TASK_XML, { url: 'https://hooks.example.com/ci/' }), {}, 401],
    ['403', () => post(TASK_XML), { allow: { BucketId: ['other'] } }, 403],
    ['405', () => new Request(URL_WITH_TOKEN), {}, 405],
    ['408', () => post(new ReadableStream({ pull: () => never() }, { highWaterMark: 0 }), { contentType: 'application/xml' }), { bodyTimeoutMs: 30 }, 408],
    ['413', () => post(TASK_XML), { maxBytes: 8 }, 413],
    ['415', () => post(TASK_XML, { contentType: 'image/png' }), {}, 415],
    ['400', () => post('<a>'), {}, 400],
    ['503', () => post(TASK_XML), { forwarder: { send: () => Promise.reject(new Error('down')) } }, 503],
  ] as const;

  it.each(refusals)('answers %s at once while an onError handler never settles (no context)', async (_name, request, options, status) => {
    const { receiver } = receiverWith(options);
    let called = 0;
    receiver.onError(() => {
      called++;
      return never();
    });
    const { value: response, ms } = await timed(receiver.fetch(request()));
    expect(response.status).toBe(status);
    expect(called).toBe(1);
    // 408 waits for its own 30 ms body deadline; nothing waits for the error handler.
    expect(ms).toBeLessThan(PROMPT_MS);
    const { ms: drained } = await timed(receiver.drain());
    expect(drained).toBeLessThan(PROMPT_MS);
  });

  it.each(refusals)('answers %s at once and hands the error handlers to waitUntil (with a context)', async (_name, request, options, status) => {
    const { receiver } = receiverWith(options);
    receiver.onError(never);
    const { waited, context } = workersContext();
    const response = await receiver.fetch(request(), {}, context);
    expect(response.status).toBe(status);
    expect(waited).toHaveLength(1);
    const { ms } = await timed(Promise.all(waited));
    expect(ms).toBeLessThan(PROMPT_MS);
  });

  it('answers 200 at once while an onError handler of a handler failure never settles', async () => {
    const { receiver } = receiverWith({});
    receiver.onAny(() => {
      throw new Error('handler broke');
    });
    receiver.onError(never);
    const { value: response, ms } = await timed(receiver.fetch(post(TASK_XML)));
    expect(response.status).toBe(200);
    expect(ms).toBeLessThan(PROMPT_MS);
  });

  it('logs an error handler that timed out or threw, and goes on to the next one', async () => {
    const { receiver, logs } = receiverWith({});
    const order: string[] = [];
    receiver.onError(never);
    receiver.onError(() => {
      order.push('throws');
      throw new Error('error handler broke');
    });
    receiver.onError(() => void order.push('last'));
    await receiver.fetch(post('<a>'));
    await receiver.drain();
    expect(order).toEqual(['throws', 'last']);
    const warnings = logs.filter((call) => call.level === 'warn').map((call) => call.message);
    expect(warnings).toEqual(['wanxiang: refused a callback request', expect.stringMatching(/onError handler did not settle within 40 ms/), 'wanxiang: an onError handler threw']);
  });
});

describe('drain()', () => {
  it('resolves once the handlers started so far have settled', async () => {
    const { receiver } = receiverWith({ handlerTimeoutMs: 5_000 });
    let done = false;
    receiver.on('TaskFinish', async () => {
      await later(60);
      done = true;
    });
    const { context } = workersContext();
    expect((await receiver.fetch(post(TASK_XML), {}, context)).status).toBe(200);
    expect(done).toBe(false);
    await receiver.drain();
    expect(done).toBe(true);
  });

  it('resolves at once with nothing started, and by the deadlines when handlers and error handlers never settle', async () => {
    const { receiver } = receiverWith({});
    await receiver.drain();
    receiver.on('TaskFinish', never);
    receiver.onError(never);
    const { context } = workersContext();
    await receiver.fetch(post(TASK_XML), {}, context);
    const { ms } = await timed(receiver.drain());
    expect(ms).toBeLessThan(PROMPT_MS);
  });
});

describe('deadline options', () => {
  it.each(['archiveTimeoutMs', 'forwardTimeoutMs', 'handlerTimeoutMs', 'errorHandlerTimeoutMs', 'bodyTimeoutMs'] as const)(
    'refuses a %s that is not a positive finite number of milliseconds, naming it',
    (name) => {
      for (const value of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '100', 2 ** 31]) {
        expect(() => setup({ [name]: value } as Partial<ReceiverOptions>), `${name}=${String(value)}`).toThrow(new RegExp(`\`${name}\``));
      }
      expect(() => setup({ [name]: 1 })).not.toThrow();
    },
  );
});
