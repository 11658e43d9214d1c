// Idempotency keys and delivery ids are injective: different ids never share a key, different key lists never share an id.
import { type CallbackEvent, parseCallback } from '@wanxiang/core';
import { getFixture, twins } from '@wanxiang/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deliveryId, idempotencyKeys } from '../src/index.js';

/** Pieces that break joined or hashed keys: separators, the escape character and what it escapes to, lone surrogates, controls, non-ASCII. */
const piece = fc.constantFrom(':', ',', '%', '3', 'A', '2', 'C', 'a', 'u', 'D', '8', '0', '任', '\ud800', '\udbff', '\udc00', '\ud83d\ude00', '\n', '\r', '\u001b', ' ', '\t');
const short = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
/** Around the 200-character limit, so both the readable key and the digest fallback are exercised. */
const long = fc.tuple(fc.integer({ min: 185, max: 215 }), short).map(([length, tail]) => 'J'.repeat(length) + tail);
const id = fc.oneof(short, short, long, fc.constant('sha256'));

const taskFinish = (jobs: readonly (readonly [string, string])[]) =>
  ({ EventName: 'TaskFinish', JobsDetail: jobs.map(([JobId, State]) => ({ JobId, State, Tag: 'Transcode' })) }) as unknown as CallbackEvent;
const workflow = (RunId: string) => ({ EventName: 'WorkflowFinish', WorkflowExecution: { RunId, Tasks: [] } }) as unknown as CallbackEvent;
const RUNS = { numRuns: 400 };

describe('idempotency keys are injective', () => {
  it('gives distinct keys to distinct (JobId, State) pairs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(id, id), fc.tuple(id, id), async (one, two) => {
        fc.pre(one[0] !== two[0] || one[1] !== two[1]);
        const [a] = await idempotencyKeys(taskFinish([one]));
        const [b] = await idempotencyKeys(taskFinish([two]));
        expect(a).not.toBe(b);
      }),
      RUNS,
    );
  });

  it('gives distinct keys to distinct RunIds, and a RunId key never equals a job key', async () => {
    await fc.assert(
      fc.asyncProperty(id, id, fc.tuple(id, id), async (one, two, job) => {
        const [a] = await idempotencyKeys(workflow(one));
        const [b] = await idempotencyKeys(workflow(two));
        if (one !== two) expect(a).not.toBe(b);
        expect(a).not.toBe((await idempotencyKeys(taskFinish([job])))[0]);
      }),
      RUNS,
    );
  });

  it('gives every key as printable ASCII of at most 200 characters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(id, id), { minLength: 1, maxLength: 4 }), async (jobs) => {
        for (const key of await idempotencyKeys(taskFinish(jobs))) expect(key).toMatch(/^[\x21-\x7e]{1,200}$/);
      }),
      RUNS,
    );
  });

  it.each([
    ['a JobId with a colon', ['a:b', 'c'], ['a', 'b:c']],
    ['a JobId with a comma', ['a,b', 'S'], ['a', 'b,S']],
    ['the escape itself', ['a%3Ab', 'c'], ['a:b', 'c']],
    ['two lone high surrogates (both U+FFFD in UTF-8)', ['\ud800', 'S'], ['\udbff', 'S']],
    ['a lone surrogate and U+FFFD', ['\ud800', 'S'], ['\ufffd', 'S']],
    ['long ids that differ only in a lone surrogate', [`${'J'.repeat(300)}\ud800`, 'S'], [`${'J'.repeat(300)}\udc00`, 'S']],
    ['a key that spells a digest', ['sha256', 'a'.repeat(64)], ['x', 'y']],
  ])('tells apart %s', async (_name, one, two) => {
    const [a] = await idempotencyKeys(taskFinish([one as [string, string]]));
    const [b] = await idempotencyKeys(taskFinish([two as [string, string]]));
    expect(a).not.toBe(b);
  });

  it('never lets a natural key pass for a digest: JobId "sha256" is digested too', async () => {
    const [key] = await idempotencyKeys(taskFinish([['sha256', 'a'.repeat(64)]]));
    expect(key).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(key).not.toBe(`sha256:${'a'.repeat(64)}`);
  });

  it('keeps the usual keys readable and unchanged: JobId:State, the RunId', async () => {
    expect(await idempotencyKeys(taskFinish([['j8d1f2e3c4b5a', 'Success']]))).toEqual(['j8d1f2e3c4b5a:Success']);
    expect(await idempotencyKeys(workflow('i3c4e5f6a7b8'))).toEqual(['i3c4e5f6a7b8']);
    expect(await idempotencyKeys(taskFinish([['a:b', 'c']]))).toEqual(['a%3Ab:c']);
  });
});

describe('delivery ids are injective over the ordered key list', () => {
  const keyList = fc.array(fc.oneof(short, long), { minLength: 1, maxLength: 4 });

  it('gives distinct ids to distinct lists', async () => {
    await fc.assert(
      fc.asyncProperty(keyList, keyList, async (one, two) => {
        fc.pre(JSON.stringify(one) !== JSON.stringify(two));
        expect(await deliveryId(one)).not.toBe(await deliveryId(two));
      }),
      RUNS,
    );
  });

  it('gives distinct ids to distinct multi-job events (the keys of one event, then its id)', async () => {
    const jobs = fc.array(fc.tuple(id, id), { minLength: 1, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(jobs, jobs, async (one, two) => {
        fc.pre(JSON.stringify(one) !== JSON.stringify(two));
        const a = await deliveryId(await idempotencyKeys(taskFinish(one)));
        const b = await deliveryId(await idempotencyKeys(taskFinish(two)));
        expect(a).not.toBe(b);
      }),
      RUNS,
    );
  });

  it.each([
    ['a key with a comma and two keys', ['a,b'], ['a', 'b']],
    ['a comma inside and between keys', ['a,b', 'c'], ['a', 'b,c']],
    ['one key and the same key twice', ['j1:Success'], ['j1:Success', 'j1:Success']],
    ['the order of the keys', ['j1:Success', 'j2:Failed'], ['j2:Failed', 'j1:Success']],
    ['an escaped comma and a comma', ['a%2Cb'], ['a,b']],
    ['lone surrogates', ['\ud800', 'x'], ['\udbff', 'x']],
  ])('tells apart %s', async (_name, one, two) => {
    expect(await deliveryId(one)).not.toBe(await deliveryId(two));
  });

  it('is the key itself for a delivery of one key, and refuses an empty list', async () => {
    expect(await deliveryId(['run-1'])).toBe('run-1');
    await expect(deliveryId([])).rejects.toThrow(TypeError);
  });
});

describe('the XML and JSON twins of a callback', () => {
  it.each(twins.map((pair) => [pair.xml, pair.json] as const))('%s and %s give equal keys and ids', async (xml, json) => {
    const [a, b] = [getFixture(xml), getFixture(json)].map((fixture) => parseCallback(fixture.bytes(), { contentType: fixture.contentType, contentVersion: fixture.contentVersion }));
    const [keysA, keysB] = [await idempotencyKeys(a!), await idempotencyKeys(b!)];
    expect(keysB).toEqual(keysA);
    expect(await deliveryId(keysB)).toBe(await deliveryId(keysA));
  });
});
