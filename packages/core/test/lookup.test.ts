// parseLookup reads CI's answers to lookups. CI's job query answers with the callback's own
// JobsDetail elements under <Response>, without EventName, and with NonExistJobIds: the answers
// here are built from the corpus's real callback bodies that way, so every documented job shape
// is read as a lookup too, and must give the event its callback gives.
import { findFixtures, getFixture } from '@wanxiang/fixtures';
import { describe, expect, it } from 'vitest';
import { CallbackError, type LookupEventName, parseCallbackLenient, parseLookup } from '../src/index.js';

/** The callback's XML as a lookup answer: no EventName, and the ids CI did not find. */
function xmlAnswer(callback: string, missing: string[]): string {
  const withoutName = callback.replace(/<EventName>[^<]*<\/EventName>/, '');
  const ids = missing.map((id) => `<NonExistJobIds>${id}</NonExistJobIds>`).join('');
  return withoutName.replace(/<\/Response>\s*$/, `${ids}<RequestId>NjQ1M2Y5</RequestId></Response>`);
}

/** The callback's JSON as a lookup answer: `{"Response": …}` without EventName. */
function jsonAnswer(callback: string): string {
  const { EventName: _name, ...rest } = JSON.parse(callback) as Record<string, unknown>;
  return JSON.stringify({ Response: { ...rest, RequestId: 'NjQ1M2Y5' } });
}

const xmlCallbacks = [...findFixtures({ family: 'task', format: 'xml', wellFormed: true }), ...findFixtures({ family: 'workflow', format: 'xml', wellFormed: true })].filter((fixture) => {
  // Bodies whose callback does not parse (kept as the docs print them) have no event to compare with.
  try {
    parseCallbackLenient(fixture.text, { contentType: 'application/xml' });
    return /^\s*(<\?xml[^>]*>\s*)?<Response>/.test(fixture.text);
  } catch {
    return false;
  }
});
const detailCallbacks = findFixtures({ family: 'moderation', moderationVariant: 'Detail', format: 'json', wellFormed: true }).filter((fixture) => {
  const name = (JSON.parse(fixture.text) as { EventName?: unknown }).EventName;
  return typeof name === 'string' && ['ReviewImage', 'ReviewText', 'ReviewAudio', 'ReviewVideo', 'ReviewDocument', 'ReviewHtml'].includes(name);
});

describe('parseLookup: an answer gives the event its callback gives', () => {
  it('covers the corpus', () => {
    expect(xmlCallbacks.length).toBeGreaterThan(30);
    expect(detailCallbacks.length).toBeGreaterThan(5);
  });

  it.each(xmlCallbacks.map((fixture) => [fixture.file, fixture] as const))('%s (XML)', (_file, fixture) => {
    const callback = parseCallbackLenient(fixture.text, { contentType: 'application/xml' });
    const name = callback.event.EventName as LookupEventName;
    const lookup = parseLookup(xmlAnswer(fixture.text, ['j00000000000000000000000000000001', 'j2']), name, { contentType: 'application/xml' });
    expect(lookup.event).toEqual(callback.event);
    expect(lookup.deviations).toEqual(callback.deviations);
    expect(lookup.nonExistJobIds).toEqual(['j00000000000000000000000000000001', 'j2']);
  });

  it.each(detailCallbacks.map((fixture) => [fixture.file, fixture] as const))('%s (moderation, JSON)', (_file, fixture) => {
    const callback = parseCallbackLenient(fixture.text, { contentType: 'application/json', contentVersion: 'Detail' });
    const lookup = parseLookup(jsonAnswer(fixture.text), callback.event.EventName as LookupEventName, { contentType: 'application/json' });
    expect(lookup.event).toEqual(callback.event);
    expect(lookup.nonExistJobIds).toEqual([]);
  });
});

describe('parseLookup: what a job query can answer', () => {
  it('nothing found: the console-queue answer, every value empty', () => {
    const answer = getFixture('task/_untagged/console-queue.xml').text;
    expect(parseLookup(answer, 'TaskFinish')).toEqual({ event: { EventName: 'TaskFinish', JobsDetail: [] }, nonExistJobIds: [] });
  });

  it('nothing found, the ids named: in XML repeated, in JSON listed or joined by commas', () => {
    expect(parseLookup('<Response><NonExistJobIds>a</NonExistJobIds><NonExistJobIds>b</NonExistJobIds></Response>', 'TaskFinish').nonExistJobIds).toEqual(['a', 'b']);
    expect(parseLookup('{"Response":{"NonExistJobIds":["a","b"]}}', 'TaskFinish').nonExistJobIds).toEqual(['a', 'b']);
    expect(parseLookup('{"NonExistJobIds":"a, b"}', 'TaskFinish').nonExistJobIds).toEqual(['a', 'b']);
    expect(parseLookup('{"Response":{"NonExistJobIds":["a"]},"RequestId":"r"}', 'TaskFinish').nonExistJobIds).toEqual(['a']);
  });

  it('refuses an answer that is not one, with a typed error at its path', () => {
    expect(() => parseLookup('<Response><NonExistJobIds><Id>a</Id></NonExistJobIds></Response>', 'TaskFinish')).toThrow(
      expect.objectContaining({ code: 'INVALID_CALLBACK', issues: [{ path: 'NonExistJobIds', message: 'expected text' }] }),
    );
    expect(() => parseLookup('<Error><Code>AccessDenied</Code></Error>', 'WorkflowFinish')).toThrow(CallbackError);
    expect(() => parseLookup('"text"', 'TaskFinish', { contentType: 'application/json' })).toThrow(CallbackError);
    expect(() => parseLookup('<Response><JobsDetail><JobId><Id>j1</Id></JobId><State>Success</State></JobsDetail></Response>', 'TaskFinish')).toThrow(
      expect.objectContaining({ code: 'INVALID_CALLBACK' }),
    );
  });

  it('keeps the limits of a callback: size, depth', () => {
    expect(() => parseLookup(`<Response>${'<a>'.repeat(100)}x${'</a>'.repeat(100)}</Response>`, 'TaskFinish')).toThrow(expect.objectContaining({ code: 'TOO_DEEP' }));
    expect(() => parseLookup(`<Response><RequestId>${'x'.repeat(2048)}</RequestId></Response>`, 'TaskFinish', { maxBytes: 1024 })).toThrow(expect.objectContaining({ code: 'BODY_TOO_LARGE' }));
  });

  it('is told what it reads: anything else is a programming error', () => {
    expect(() => parseLookup('<Response/>', 'ReviewLive' as LookupEventName)).toThrow(TypeError);
    expect(() => parseLookup('<Response/>', 'toString' as LookupEventName)).toThrow(TypeError);
  });
});
