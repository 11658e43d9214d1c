// The receiver's router: on(EventName), on(Tag), onAny, the order handlers run in, handlers
// inside waitUntil, and registration. Failing handlers and onError: router-errors.test.ts.
import { describe, expect, it } from 'vitest';
import type { EventContext, JobContext } from '../src/index.js';
import { jobXml, multiKeyId, post, reviewImageJson, setup, TASK_XML, TEST_REQUEST_JSON, taskXml, URL_WITH_TOKEN, workflowJson } from './support/fixtures.js';
import { ISO } from './support/iso-time.js';

/** A promise and the function that resolves it. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('on(EventName)', () => {
  it('gets the TaskFinish event and the context {id, keys, receivedAt}', async () => {
    const { receiver, deliveries } = setup();
    const calls: [unknown, EventContext][] = [];
    receiver.on('TaskFinish', (event, context) => {
      calls.push([event, context]);
    });
    const response = await receiver.fetch(post(TASK_XML));
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
    const [event, context] = calls[0]!;
    expect(event).toBe(deliveries[0]!.event);
    expect(context).toEqual({ id: 'j1:Success', keys: ['j1:Success'], receivedAt: expect.stringMatching(ISO) });
    expect(context.receivedAt).toBe(deliveries[0]!.receivedAt);
  });

  it('runs only the handlers of the event that came', async () => {
    const { receiver } = setup();
    const seen: string[] = [];
    receiver.on('TaskFinish', () => void seen.push('TaskFinish'));
    receiver.on('WorkflowFinish', (event) => void seen.push(`WorkflowFinish ${event.WorkflowExecution.RunId}`));
    receiver.on('ReviewImage', (event) => void seen.push(`ReviewImage ${event.EventName}`));
    await receiver.fetch(post(workflowJson('run-1')));
    await receiver.fetch(post(reviewImageJson('si-1'), { headers: { 'x-ci-content-version': 'Detail' } }));
    expect(seen).toEqual(['WorkflowFinish run-1', 'ReviewImage ReviewImage']);
  });

  it('runs handlers for an unknown EventName registered by that name', async () => {
    const { receiver } = setup();
    const seen: unknown[] = [];
    receiver.on('SomethingNew' as 'TaskFinish', (event) => void seen.push(String(event.EventName)));
    await receiver.fetch(post('{"EventName":"SomethingNew","Id":"x"}'));
    expect(seen).toEqual(['SomethingNew']);
  });
});

describe('on(Tag)', () => {
  it("gets each job with its Tag and a context with the event and that job's key", async () => {
    const { receiver, deliveries } = setup();
    const calls: [unknown, JobContext][] = [];
    receiver.on('Transcode', (job, context) => {
      calls.push([job, context]);
    });
    await receiver.fetch(post(taskXml(jobXml('j1', 'Success'), jobXml('j2', 'Success', 'Snapshot'), jobXml('j3', 'Failed'))));
    const event = deliveries[0]!.event;
    if (event.EventName !== 'TaskFinish') throw new Error('expected a TaskFinish');
    expect(calls.map(([job]) => job)).toEqual([event.JobsDetail[0], event.JobsDetail[2]]);
    expect(calls[0]![0]).toBe(event.JobsDetail[0]);
    const keys = ['j1:Success', 'j2:Success', 'j3:Failed'];
    expect(calls.map(([, context]) => context)).toEqual([
      { id: multiKeyId(keys), keys, receivedAt: expect.stringMatching(ISO), event, key: 'j1:Success' },
      { id: multiKeyId(keys), keys, receivedAt: expect.stringMatching(ISO), event, key: 'j3:Failed' },
    ]);
    expect(calls[0]![1].event).toBe(event);
  });

  it('gives the job the typed fields of its Tag', async () => {
    const { receiver } = setup();
    const durations: unknown[] = [];
    receiver.on('Transcode', (job) => {
      durations.push(job.Operation?.MediaInfo?.Format?.Duration);
    });
    const body = taskXml(jobXml('j1', 'Success', 'Transcode', '<Operation><MediaInfo><Format><Duration>13.6</Duration></Format></MediaInfo></Operation>'));
    await receiver.fetch(post(body));
    expect(durations).toEqual([13.6]);
  });

  it('uses the delivery id as the key when the event fell back to one digest key', async () => {
    const { receiver } = setup();
    const keys: string[] = [];
    receiver.on('Transcode', (_job, context) => void keys.push(context.key));
    await receiver.fetch(post('{"EventName":"TaskFinish","JobsDetail":[{"Tag":"Transcode","State":"Success"},{"Tag":"Transcode","State":"Failed"}]}'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^sha256:/);
    expect(keys[1]).toBe(keys[0]);
  });
});

describe('onAny', () => {
  it('gets every forwarded event with its context', async () => {
    const { receiver } = setup();
    const seen: [string, EventContext][] = [];
    receiver.onAny((event, context) => void seen.push([String(event.EventName), context]));
    await receiver.fetch(post(TASK_XML));
    await receiver.fetch(post(workflowJson('run-1')));
    expect(seen).toEqual([
      ['TaskFinish', { id: 'j1:Success', keys: ['j1:Success'], receivedAt: expect.stringMatching(ISO) }],
      ['WorkflowFinish', { id: 'run-1', keys: ['run-1'], receivedAt: expect.stringMatching(ISO) }],
    ]);
  });

  it('is not run for the test request, a refused request, or an event the forwarder failed to take', async () => {
    const failing = setup({ forwarder: { send: async () => Promise.reject(new Error('down')) } });
    const seen: unknown[] = [];
    failing.receiver.onAny((event) => void seen.push(event));
    failing.receiver.on('TaskFinish', (event) => void seen.push(event));
    expect((await failing.receiver.fetch(post(TASK_XML))).status).toBe(503);
    const { receiver } = setup();
    receiver.onAny((event) => void seen.push(event));
    expect((await receiver.fetch(post(TEST_REQUEST_JSON))).status).toBe(200);
    expect((await receiver.fetch(post('<a>'))).status).toBe(400);
    expect((await receiver.fetch(new Request(URL_WITH_TOKEN))).status).toBe(405);
    expect(seen).toEqual([]);
  });
});

describe('handler order', () => {
  it("runs the event name, then each job's Tag in job order, then onAny; each in registration order", async () => {
    const { receiver } = setup();
    const order: string[] = [];
    receiver.onAny(() => void order.push('any 1'));
    receiver.on('Snapshot', (job) => void order.push(`Snapshot ${job.JobId}`));
    receiver.on('Transcode', (job) => void order.push(`Transcode A ${job.JobId}`));
    receiver.on('TaskFinish', () => void order.push('TaskFinish 1'));
    receiver.on('Transcode', (job) => void order.push(`Transcode B ${job.JobId}`));
    receiver.on('TaskFinish', () => void order.push('TaskFinish 2'));
    receiver.onAny(() => void order.push('any 2'));
    await receiver.fetch(post(taskXml(jobXml('j1'), jobXml('j2', 'Success', 'Snapshot'), jobXml('j3'))));
    expect(order).toEqual(['TaskFinish 1', 'TaskFinish 2', 'Transcode A j1', 'Transcode B j1', 'Snapshot j2', 'Transcode A j3', 'Transcode B j3', 'any 1', 'any 2']);
  });

  it('awaits each handler before the next', async () => {
    const { receiver } = setup();
    const order: string[] = [];
    receiver.on('TaskFinish', async () => {
      await new Promise((resolve) => setTimeout(resolve, 15));
      order.push('slow first');
    });
    receiver.onAny(() => void order.push('then any'));
    await receiver.fetch(post(TASK_XML));
    expect(order).toEqual(['slow first', 'then any']);
  });

  it('runs handlers after the forwarder took the event', async () => {
    const order: string[] = [];
    const { receiver } = setup({ forwarder: { send: async () => void order.push('forward') } });
    receiver.onAny(() => void order.push('handler'));
    await receiver.fetch(post(TASK_XML));
    expect(order).toEqual(['forward', 'handler']);
  });
});

describe('with an execution context', () => {
  it('runs handlers inside waitUntil: the answer does not wait for them', async () => {
    const { receiver } = setup();
    const gate = deferred();
    let finished = false;
    receiver.on('TaskFinish', async () => {
      await gate.promise;
      finished = true;
    });
    const waited: Promise<unknown>[] = [];
    const response = await receiver.fetch(post(TASK_XML), { waitUntil: (promise: Promise<unknown>) => void waited.push(promise) });
    expect(response.status).toBe(200);
    expect(finished).toBe(false);
    expect(waited).toHaveLength(1);
    gate.resolve();
    await waited[0];
    expect(finished).toBe(true);
  });

  it('still reports a failing handler to onError once the waitUntil promise settles', async () => {
    const { receiver, errors } = setup();
    receiver.onAny(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw new Error('late failure');
    });
    const waited: Promise<unknown>[] = [];
    const response = await receiver.fetch(post(TASK_XML), { waitUntil: (promise: Promise<unknown>) => void waited.push(promise) });
    expect(response.status).toBe(200);
    expect(errors).toEqual([]);
    await expect(waited[0]).resolves.toBeUndefined();
    expect(errors.map(({ error }) => error.code)).toEqual(['HANDLER_FAILED']);
  });

  it('waits for the handlers before answering when no execution context is given', async () => {
    const { receiver } = setup();
    let finished = false;
    receiver.on('TaskFinish', async () => {
      await new Promise((resolve) => setTimeout(resolve, 15));
      finished = true;
    });
    await receiver.fetch(post(TASK_XML));
    expect(finished).toBe(true);
  });

  it("runs no handler for a refused request or the test request; only the refusal's error handlers go to waitUntil", async () => {
    const { receiver, errors } = setup();
    const ran: string[] = [];
    receiver.onAny(() => void ran.push('any'));
    const waited: Promise<unknown>[] = [];
    const context = { waitUntil: (promise: Promise<unknown>) => void waited.push(promise) };
    await receiver.fetch(post('<a>'), context);
    await receiver.fetch(post(TEST_REQUEST_JSON), context);
    await Promise.all(waited);
    expect(ran).toEqual([]);
    expect(waited).toHaveLength(1);
    expect(errors.map(({ error }) => error.code)).toEqual(['MALFORMED_XML']);
  });
});

describe('registration', () => {
  it.each([undefined, null, 'handler', {}])('on() with %s as handler throws a TypeError', (handler) => {
    const { receiver } = setup();
    expect(() => receiver.on('TaskFinish', handler as never)).toThrow(TypeError);
    expect(() => receiver.on('Transcode', handler as never)).toThrow(/Transcode/);
  });

  it('onAny() and onError() with a non-function throw a TypeError', () => {
    const { receiver } = setup();
    expect(() => receiver.onAny('x' as never)).toThrow(TypeError);
    expect(() => receiver.onError(undefined as never)).toThrow(TypeError);
  });
});
