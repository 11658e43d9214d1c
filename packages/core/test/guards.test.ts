import { type Fixture, fixtures } from '@wanxiang/fixtures';
import { describe, expect, it } from 'vitest';
import { type CallbackEvent, isModeration, isModerationDetail, isModerationSimple, isTaskFinish, isUnknownEvent, isWorkflowFinish, parseCallback } from '../src/index.js';

const kinds = { isTaskFinish, isWorkflowFinish, isModerationDetail, isModerationSimple, isUnknownEvent };
/** The names of the kind guards that hold for an event: exactly one, always. */
const holding = (event: CallbackEvent) =>
  Object.entries(kinds)
    .filter(([, guard]) => guard(event))
    .map(([name]) => name);

function tryParse(fixture: Fixture): CallbackEvent | undefined {
  try {
    return parseCallback(fixture.text, { contentType: fixture.contentType, contentVersion: fixture.contentVersion });
  } catch {
    return undefined;
  }
}

/** The guard the corpus manifest's facts call for, independently of the parser. */
function expectedGuard(fixture: Fixture): string {
  if (fixture.family === 'task') return 'isTaskFinish';
  if (fixture.family === 'workflow') return 'isWorkflowFinish';
  return fixture.moderationVariant === 'Simple' ? 'isModerationSimple' : 'isModerationDetail';
}

const parsed = fixtures.flatMap((fixture) => {
  const event = tryParse(fixture);
  return event === undefined ? [] : [[fixture.file, fixture, event] as const];
});

const json = (body: unknown, contentVersion?: string) => parseCallback(JSON.stringify(body), { contentType: 'application/json', contentVersion });

describe('event-kind guards', () => {
  it('cover the corpus: every family and both moderation shapes', () => {
    expect(parsed.length).toBeGreaterThan(80);
    expect(new Set(parsed.map(([, fixture]) => expectedGuard(fixture)))).toEqual(new Set(['isTaskFinish', 'isWorkflowFinish', 'isModerationDetail', 'isModerationSimple']));
  });

  it.each(parsed)('%s: exactly the guard its manifest facts call for holds', (_, fixture, event) => {
    expect(holding(event)).toEqual([expectedGuard(fixture)]);
    expect(isModeration(event)).toBe(fixture.family === 'moderation');
  });

  it.each<[string, string, unknown, string | undefined]>([
    ['an EventName Tencent added', 'isUnknownEvent', { EventName: 'SomethingNew', Foo: 'bar' }, undefined],
    ['an unknown EventName that carries code, message, data and JobsDetail', 'isUnknownEvent', { EventName: 'Other', code: 0, message: 'm', data: { x: 1 }, JobsDetail: { JobId: 'j' } }, undefined],
    ['a Detail result that also carries code 0', 'isModerationDetail', { EventName: 'ReviewImage', code: 0, message: 'success', JobsDetail: { JobId: 'si1' } }, 'Detail'],
    ['a Detail result of an untyped kind with code', 'isModerationDetail', { EventName: 'ReviewLive', code: 0, JobsDetail: { JobId: 'si1' } }, undefined],
    ['a Simple result that also carries a JobsDetail', 'isModerationSimple', { code: 0, message: 'success', data: { trace_id: 't', event: 'ReviewImage' }, JobsDetail: { JobId: 'si1' } }, 'Simple'],
    ['a Simple result of an untyped kind', 'isModerationSimple', { code: 0, data: { trace_id: 't', event: 'ReviewLive' } }, 'Simple'],
    ['a Simple result whose kind cannot be told', 'isModerationSimple', { code: 1, message: 'failed' }, 'Simple'],
    ['a TaskFinish that carries code and data', 'isTaskFinish', { EventName: 'TaskFinish', code: 0, data: { trace_id: 't' }, JobsDetail: [{ JobId: 'j', Tag: 'Transcode' }] }, undefined],
    ['a WorkflowFinish that carries code', 'isWorkflowFinish', { EventName: 'WorkflowFinish', code: 0, WorkflowExecution: { RunId: 'r' } }, undefined],
  ])('%s: only %s holds', (_, guard, body, contentVersion) => {
    expect(holding(json(body, contentVersion))).toEqual([guard]);
  });

  it('narrow to the fields a receiver reads without casts', () => {
    const ids = (event: CallbackEvent): (string | undefined)[] => {
      if (isTaskFinish(event)) return event.JobsDetail.map((job) => job.JobId);
      if (isWorkflowFinish(event)) return [event.WorkflowExecution.RunId];
      if (isModerationDetail(event)) return [event.JobsDetail.JobId];
      if (isModerationSimple(event)) return [event.data?.trace_id];
      return [];
    };
    expect(ids(json({ EventName: 'ReviewImage', JobsDetail: { JobId: 'si1', BucketId: 'b' } }))).toEqual(['si1']);
    expect(ids(json({ code: 0, data: { trace_id: 't1' } }, 'Simple'))).toEqual(['t1']);
    expect(ids(json({ JobsDetail: [{ JobId: 'j1' }, { JobId: 'j2' }] }))).toEqual(['j1', 'j2']);
    expect(ids(json({ WorkflowExecution: { RunId: 'r1' } }))).toEqual(['r1']);
    expect(ids(json({ EventName: 'New', JobsDetail: { JobId: 'x' } }))).toEqual([]);
  });
});
