import { parseCallback } from '@wanxiang/core';
import { describe, expect, it } from 'vitest';
import { deliveryId, idempotencyKeys } from '../src/index.js';
import { bodyOf, jobXml, multiKeyId, post, reviewImageJson, setup, sha256, simpleJson, taskXml, workflowJson } from './support/fixtures.js';

const keysOf = (body: string, contentVersion?: string) => idempotencyKeys(parseCallback(body, { contentVersion }));

describe('idempotencyKeys', () => {
  it('gives one JobId:State key per TaskFinish job, in order', async () => {
    const body = taskXml(jobXml('j1', 'Success'), jobXml('j2', 'Failed', 'Snapshot'), jobXml('j3', 'Success'));
    expect(await keysOf(body)).toEqual(['j1:Success', 'j2:Failed', 'j3:Success']);
  });

  it('gives different keys to the same job in different states', async () => {
    const [running] = await keysOf(taskXml(jobXml('j1', 'Running')));
    const [done] = await keysOf(taskXml(jobXml('j1', 'Success')));
    expect(running).toBe('j1:Running');
    expect(done).toBe('j1:Success');
  });

  it('keeps the colon with an empty state when a job has no State', async () => {
    expect(await keysOf('{"EventName":"TaskFinish","JobsDetail":[{"JobId":"j1","Tag":"Transcode"}]}')).toEqual(['j1:']);
  });

  it('gives the same keys to the XML and JSON forms of a TaskFinish', async () => {
    const json = '{"EventName":"TaskFinish","JobsDetail":[{"Code":"Success","JobId":"j1","State":"Success","Tag":"Transcode"}]}';
    expect(await keysOf(json)).toEqual(await keysOf(taskXml()));
  });

  it('takes the RunId of a WorkflowFinish', async () => {
    expect(await keysOf(workflowJson('run-42'))).toEqual(['run-42']);
  });

  it('takes the RunId of an older workflow body without EventName', async () => {
    expect(await keysOf('{"WorkflowExecution":{"RunId":"run-old","WorkflowId":"w1"}}')).toEqual(['run-old']);
  });

  it('takes JobsDetail.JobId of a Detail moderation result', async () => {
    expect(await keysOf(reviewImageJson('si-9'), 'Detail')).toEqual(['si-9']);
  });

  it('takes data.trace_id of a Simple moderation result', async () => {
    expect(await keysOf(simpleJson('trace-9'), 'Simple')).toEqual(['trace-9']);
    expect(await keysOf(simpleJson('trace-9'))).toEqual(['trace-9']);
  });

  it('gives an unknown event a sha256: key of 64 hex digits', async () => {
    const keys = await keysOf('{"EventName":"SomethingNew","Id":"x1"}');
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('hashes the canonical JSON of the normalized event (sorted keys, no spaces) under its own domain tag', async () => {
    const keys = await keysOf('{"Id":"x1","EventName":"SomethingNew","Nested":{"b":"2","a":"1"}}');
    expect(keys).toEqual([sha256('event\n{"EventName":"SomethingNew","Id":"x1","Nested":{"a":"1","b":"2"}}')]);
  });

  it('gives the XML and JSON forms of the same unknown event the same key', async () => {
    const xml = await keysOf('<Response><EventName>SomethingNew</EventName><Id>x1</Id><Detail><Size>12</Size><Name>a</Name></Detail></Response>');
    const json = await keysOf('{"EventName":"SomethingNew","Detail":{"Name":"a","Size":12},"Id":"x1"}');
    expect(xml[0]).toMatch(/^sha256:/);
    expect(json).toEqual(xml);
  });

  it('gives different unknown events different keys', async () => {
    const one = await keysOf('{"EventName":"SomethingNew","Id":"x1"}');
    const two = await keysOf('{"EventName":"SomethingNew","Id":"x2"}');
    expect(one).not.toEqual(two);
  });

  it('falls back to one digest key for a TaskFinish whose job has no JobId', async () => {
    const keys = await keysOf('{"EventName":"TaskFinish","JobsDetail":[{"JobId":"j1","State":"Success"},{"State":"Failed","Tag":"Transcode"}]}');
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('falls back to a digest for a workflow without RunId and a Simple result without trace_id', async () => {
    expect(await keysOf('{"WorkflowExecution":{"WorkflowId":"w1"}}')).toEqual([expect.stringMatching(/^sha256:/)]);
    expect(await keysOf('{"code":0,"message":"OK","data":{"url":"u"}}')).toEqual([expect.stringMatching(/^sha256:/)]);
  });

  it('replaces a key longer than 200 characters with its sha256 digest, and keeps one of 200', async () => {
    // `:Success` is 8 characters: 193 + 8 = 201, 192 + 8 = 200.
    const long = 'J'.repeat(193);
    const [hashed] = await keysOf(taskXml(jobXml(long, 'Success')));
    expect(hashed).toBe(sha256(`${long}:Success`));
    const [kept] = await keysOf(taskXml(jobXml('J'.repeat(192), 'Success')));
    expect(kept).toBe(`${'J'.repeat(192)}:Success`);
    expect(kept).toHaveLength(200);
  });

  it('replaces a key with characters a header cannot carry (non-ASCII, spaces) with its digest', async () => {
    for (const id of ['任务-1', 'job 1']) {
      const [key] = await keysOf(taskXml(jobXml(id, 'Success')));
      expect(key, JSON.stringify(id)).toBe(sha256(`${id}:Success`));
    }
    // A control character is percent-encoded first, which leaves a key a header can carry.
    expect(await keysOf(taskXml(jobXml('job\t1', 'Success')))).toEqual(['job%091:Success']);
    const [kept] = await keysOf(taskXml(jobXml('j-1_a.b~c', 'Success')));
    expect(kept).toBe('j-1_a.b~c:Success');
  });

  it('hashes a long RunId and a long trace_id too', async () => {
    const runId = 'r'.repeat(201);
    expect(await keysOf(workflowJson(runId))).toEqual([sha256(runId)]);
    const traceId = 't'.repeat(300);
    expect(await keysOf(simpleJson(traceId))).toEqual([sha256(traceId)]);
  });
});

describe('deliveryId', () => {
  it('is the one key when there is one, and the digest of the encoded list when there are several', async () => {
    expect(await deliveryId(['run-1'])).toBe('run-1');
    expect(await deliveryId(['j1:Success', 'j2:Failed'])).toBe(sha256('delivery\nj1:Success,j2:Failed'));
    const keys = Array.from({ length: 20 }, (_, index) => `job-${String(index).padStart(3, '0')}:Success`);
    expect(await deliveryId(keys)).toBe(multiKeyId(keys));
  });

  it('keeps a digest key as the id of its delivery', async () => {
    const key = sha256('任务-1:Success');
    expect(await deliveryId([key])).toBe(key);
  });
});

describe('keys through the receiver', () => {
  it('answers a digest id but per-job keys for a TaskFinish with many jobs', async () => {
    const { receiver, deliveries } = setup();
    const jobs = Array.from({ length: 15 }, (_, index) => jobXml(`job-${index}`, 'Success'));
    const response = await receiver.fetch(post(taskXml(...jobs)));
    const body = await bodyOf(response);
    const keys = Array.from({ length: 15 }, (_, index) => `job-${index}:Success`);
    expect(body).toEqual({ ok: true, id: multiKeyId(keys), keys });
    expect(deliveries[0]!.id).toBe(body.id);
  });

  it('gives the XML and JSON forms of the same unknown event the same delivery id', async () => {
    const { receiver, deliveries } = setup();
    await receiver.fetch(post('<Response><EventName>SomethingNew</EventName><Id>x1</Id></Response>'));
    await receiver.fetch(post('{"Response":{"Id":"x1","EventName":"SomethingNew"}}'));
    expect(deliveries).toHaveLength(2);
    expect(deliveries[0]!.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(deliveries[1]!.id).toBe(deliveries[0]!.id);
    expect(deliveries[1]!.keys).toEqual([deliveries[0]!.id]);
  });
});
