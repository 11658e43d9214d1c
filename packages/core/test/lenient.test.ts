// parseCallbackLenient: what the strict reading refuses below an event's identity is moved out,
// raw and listed, and what stays is a valid event; everything else reads as parseCallback reads it.

import { type CallbackEvent, type LenientEvent, MAX_ISSUES, parseCallback, parseCallbackLenient, safeParseCallback, type TaskFinishEvent } from '@wanxiang/core';
import { fixtures, getFixture } from '@wanxiang/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const XML = { contentType: 'application/xml' };
const JSON_ = { contentType: 'application/json' };

/** The event with the value at a dotted path deleted (array positions are numbers). */
function without(event: CallbackEvent, path: string): unknown {
  const copy = structuredClone(event) as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  delete node[keys.at(-1)!];
  return copy;
}

/** The event without the objects that are left empty (`{}`), recursively. */
function withoutEmptyNodes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyNodes);
  if (value === null || typeof value !== 'object') return value;
  const kept: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const pruned = withoutEmptyNodes(child);
    if (!(pruned !== null && typeof pruned === 'object' && !Array.isArray(pruned) && Object.keys(pruned).length === 0)) kept[key] = pruned;
  }
  return kept;
}

/** A lenient event, sent again as JSON, must be valid under the strict reading: no field holds a failed value. */
const reparsed = (event: CallbackEvent, contentVersion?: string | null) => parseCallback(JSON.stringify(event), { ...JSON_, contentVersion });

describe('on every corpus body, the lenient reading is the strict one', () => {
  for (const fixture of fixtures) {
    it(fixture.file, () => {
      const options = { contentType: fixture.contentType, contentVersion: fixture.contentVersion };
      const strict = safeParseCallback(fixture.text, options);
      if (strict.success) {
        expect(parseCallbackLenient(fixture.text, options)).toEqual({ event: strict.event });
      } else {
        // Malformed or unidentifiable in the corpus: refused the same way, never turned into a delivery.
        expect(() => parseCallbackLenient(fixture.text, options)).toThrow(expect.objectContaining({ code: strict.error.code, message: strict.error.message }));
      }
    });
  }
});

describe('a real body with one deviating value, in both formats', () => {
  const xml = getFixture('task/Transcode/transcode-workflow-triggered.xml').text;
  const json = getFixture('task/Transcode/transcode-workflow-triggered-json.json').text;
  const bitrate = 'JobsDetail.0.Operation.MediaInfo.Stream.Video.0.Bitrate';
  const cases = [
    ['xml', xml, xml.replace('<Bitrate>1031968</Bitrate>', '<Bitrate>N/A</Bitrate>'), XML],
    ['json', json, json.replace('"Bitrate": "1031968"', '"Bitrate": "N/A"'), JSON_],
  ] as const;

  for (const [format, original, deviant, options] of cases) {
    it(`${format}: "N/A" in a number is moved out; the rest is the strict event of the original`, () => {
      expect(deviant).not.toBe(original);
      expect(() => parseCallback(deviant, options)).toThrow(expect.objectContaining({ code: 'INVALID_CALLBACK' }));
      const { event, deviations } = parseCallbackLenient(deviant, options);
      expect(deviations).toEqual({
        values: [{ path: bitrate, raw: 'N/A' }],
        count: 1,
        issues: [{ path: bitrate, message: 'expected a number, received "N/A"' }],
        issueCount: 1,
      });
      expect(event).toEqual(without(parseCallback(original, options), bitrate));
      expect(reparsed(event)).toEqual(event);
    });
  }

  it('the XML and JSON twins give the same event and the same deviations', () => {
    const [xmlCase, jsonCase] = cases;
    expect(parseCallbackLenient(xmlCase[2], XML)).toEqual(parseCallbackLenient(jsonCase[2], JSON_));
  });

  it('a documented Object sent as a list is moved out whole, each item as it came', () => {
    const format = /<Format>[\s\S]*?<\/Format>/.exec(xml)![0];
    const { event, deviations } = parseCallbackLenient(xml.replace(format, format + format), XML);
    const path = 'JobsDetail.0.Operation.MediaInfo.Format';
    expect(deviations?.values).toEqual([
      {
        path,
        raw: [
          { Duration: '13', NumStream: '1', Size: '1909389' },
          { Duration: '13', NumStream: '1', Size: '1909389' },
        ],
      },
    ]);
    expect(deviations?.issues).toEqual([{ path, message: 'expected an element with children, received a list' }]);
    expect(event).toEqual(without(parseCallback(xml, XML), path));
  });

  it('a value moved out whole keeps what failed inside it, raw: nothing is coerced or lost', () => {
    const body = '{"EventName":"TaskFinish","JobsDetail":[{"JobId":"j1","State":"Success","Tag":"Transcode","Operation":{"MediaInfo":{"Format":[{"Duration":"x","Size":12},{"Duration":"13"}]}}}]}';
    const { deviations } = parseCallbackLenient(body, JSON_);
    // JSON numbers arrive as their text (the readers keep it), as every raw value does.
    expect(deviations?.values).toEqual([{ path: 'JobsDetail.0.Operation.MediaInfo.Format', raw: [{ Duration: 'x', Size: '12' }, { Duration: '13' }] }]);
    expect(deviations?.count).toBe(1);
  });

  it('moves out the deepest optional field around each issue, and keeps its siblings typed', () => {
    const body = '{"EventName":"TaskFinish","JobsDetail":[{"JobId":"j1","State":"Success","Tag":"Transcode","Operation":{"MediaInfo":{"Format":{"Duration":"-","Size":"12","Bitrate":"N/A"}}}}]}';
    const { event, deviations } = parseCallbackLenient(body, JSON_);
    const job = (event as TaskFinishEvent).JobsDetail[0]!;
    if (job.Tag !== 'Transcode') throw new Error('expected a Transcode job');
    expect(job.Operation?.MediaInfo?.Format).toEqual({ Size: 12 });
    expect(deviations?.values.map((value) => value.path)).toEqual(['JobsDetail.0.Operation.MediaInfo.Format.Duration', 'JobsDetail.0.Operation.MediaInfo.Format.Bitrate']);
  });
});

describe('the identity is never moved out: such a body is refused as the strict reading refuses it', () => {
  const cases = [
    ['a job id with children', '{"EventName":"TaskFinish","JobsDetail":[{"JobId":{"a":"1"},"State":"Success","Tag":"Transcode"}]}', 'JobsDetail.0.JobId'],
    ['a State with children', '{"EventName":"TaskFinish","JobsDetail":[{"JobId":"j1","State":["Success","Failed"],"Tag":"Transcode"}]}', 'JobsDetail.0.State'],
    ['a RunId with children', '{"EventName":"WorkflowFinish","WorkflowExecution":{"RunId":{"x":"1"},"Tasks":[]}}', 'WorkflowExecution.RunId'],
    ['a moderation JobId with children', '{"EventName":"ReviewImage","JobsDetail":{"JobId":{"x":"1"},"State":"Success"}}', 'JobsDetail.JobId'],
    ['a Simple trace_id with children', '{"EventName":"ReviewImage","code":0,"data":{"trace_id":{"x":"1"}}}', 'data.trace_id', 'Simple'],
    ['a Simple data that is a list', '{"EventName":"ReviewImage","code":0,"data":[{"trace_id":"t1"},{"trace_id":"t2"}]}', 'data', 'Simple'],
    ['a job that is text', '{"EventName":"TaskFinish","JobsDetail":["j1"]}', 'JobsDetail.0'],
    // data.event names the event: moved out, the hit-info nodes would name it ReviewAudio.
    ['a Simple data.event that is a list', '{"code":0,"message":"ok","data":{"trace_id":"tr1","event":["ReviewImage","ReviewImage"],"porn_info":{"hit_flag":0,"score":0}}}', 'data.event', 'Simple'],
    // Without data.event the name is read from the hit-info nodes: none of them may move.
    ["an inferred name's hit score with children", '{"code":0,"message":"ok","data":{"trace_id":"tr1","porn_info":{"hit_flag":0,"score":{"x":"1"}}}}', 'data.porn_info.score', 'Simple'],
    [
      "an inferred name's hit node that is a list",
      '{"code":0,"message":"ok","data":{"trace_id":"tr1","porn_info":[{"hit_flag":0,"count":0}],"ads_info":{"hit_flag":0,"score":0}}}',
      'data.porn_info',
      'Simple',
    ],
  ] as const;
  for (const [what, body, path, contentVersion] of cases) {
    it(what, () => {
      const options = { ...JSON_, contentVersion };
      const strict = safeParseCallback(body, options);
      expect(strict.success).toBe(false);
      expect(() => parseCallbackLenient(body, options)).toThrow(expect.objectContaining({ code: 'INVALID_CALLBACK', message: strict.error!.message }));
      expect(strict.error!.issues.map((issue) => issue.path)).toContain(path);
    });
  }

  it('a deviating job must name its JobId (a valid one may go without)', () => {
    const valid = '{"EventName":"TaskFinish","JobsDetail":[{"State":"Success","Tag":"Transcode"}]}';
    expect(parseCallbackLenient(valid, JSON_)).toEqual({ event: parseCallback(valid, JSON_) });
    const deviant = '{"EventName":"TaskFinish","JobsDetail":[{"State":"Success","Tag":"Transcode","Progress":{"x":"1"}}]}';
    expect(() => parseCallbackLenient(deviant, JSON_)).toThrow(expect.objectContaining({ code: 'INVALID_CALLBACK', issues: [{ path: 'JobsDetail.0.Progress', message: expect.any(String) }] }));
  });

  it('an inferred name: what the inference does not read may deviate', () => {
    const body = '{"code":0,"message":"ok","data":{"trace_id":"tr1","url":{"x":"1"},"porn_info":{"hit_flag":0,"score":0,"label":["a","b"]}}}';
    const { event, deviations } = parseCallbackLenient(body, { ...JSON_, contentVersion: 'Simple' });
    expect(event.EventName).toBe('ReviewAudio');
    expect(deviations?.values.map((value) => value.path)).toEqual(['data.url', 'data.porn_info.label']);
  });

  it('a Simple body named by its EventName may deviate in its hit-info nodes: nothing is inferred', () => {
    const body = '{"EventName":"ReviewText","code":0,"message":"ok","data":{"trace_id":"tr1","porn_info":{"hit_flag":0,"count":{"x":"1"}}}}';
    const { event, deviations } = parseCallbackLenient(body, { ...JSON_, contentVersion: 'Simple' });
    expect(event.EventName).toBe('ReviewText');
    expect(deviations?.values).toEqual([{ path: 'data.porn_info.count', raw: { x: '1' } }]);
  });

  it('a Simple body that names its event may deviate in its hit-info nodes, and keeps its name', () => {
    const body = '{"code":0,"message":"ok","data":{"trace_id":"tr1","event":"ReviewImage","porn_info":{"hit_flag":0,"score":{"x":"1"}}}}';
    const { event, deviations } = parseCallbackLenient(body, { ...JSON_, contentVersion: 'Simple' });
    expect(event.EventName).toBe('ReviewImage');
    expect(deviations?.values).toEqual([{ path: 'data.porn_info.score', raw: { x: '1' } }]);
  });

  it('malformed bodies stay malformed', () => {
    expect(() => parseCallbackLenient('<Response><EventName>TaskFinish</EventName>', XML)).toThrow(expect.objectContaining({ code: 'MALFORMED_XML' }));
    expect(() => parseCallbackLenient('{"EventName":"TaskFinish","EventName":"TaskFinish"}', JSON_)).toThrow(expect.objectContaining({ code: 'MALFORMED_JSON' }));
  });
});

describe('bounded, like the strict error path', () => {
  it('10,000 deviating jobs: every value moved out and counted, the first 100 listed', () => {
    const jobs = Array.from({ length: 10_000 }, (_, i) => ({ JobId: `j${i}`, State: 'Success', Tag: 'Transcode', Operation: { MediaInfo: { Format: { Duration: 'N/A', Size: '1' } } } }));
    const { event, deviations } = parseCallbackLenient(JSON.stringify({ EventName: 'TaskFinish', JobsDetail: jobs }), JSON_);
    expect(deviations?.count).toBe(10_000);
    expect(deviations?.issueCount).toBe(10_000);
    expect(deviations?.values).toHaveLength(MAX_ISSUES);
    expect(deviations?.issues).toHaveLength(MAX_ISSUES);
    expect(deviations?.values[99]?.path).toBe('JobsDetail.99.Operation.MediaInfo.Format.Duration');
    const last = (event as TaskFinishEvent).JobsDetail[9_999]!;
    if (last.Tag !== 'Transcode') throw new Error('expected a Transcode job');
    expect(last.Operation?.MediaInfo?.Format).toEqual({ Size: 1 });
  });
});

describe('property: one leaf of a real JSON body replaced by anything', () => {
  const bodies = fixtures.filter((fixture) => fixture.format === 'json' && safeParseCallback(fixture.text, { contentType: fixture.contentType, contentVersion: fixture.contentVersion }).success);
  const replacement = fc.oneof(
    fc.constant('N/A'),
    fc.constant('-'),
    fc.constant(''),
    fc.string({ maxLength: 8 }),
    fc.integer(),
    fc.constant({ a: '1' }),
    fc.constant(['1', '2']),
    fc.constant([{ a: '1' }, { a: '2' }]),
  );

  it('gives the strict event, or a valid event plus the deviations, or the strict error; never anything else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bodies), fc.nat(), replacement, (fixture, pick, value) => {
        const tree = JSON.parse(fixture.text) as unknown;
        const leaves: [Record<string, unknown>, string][] = [];
        const visit = (node: unknown) => {
          if (node === null || typeof node !== 'object') return;
          for (const [key, child] of Object.entries(node)) {
            if (child !== null && typeof child === 'object') visit(child);
            else leaves.push([node as Record<string, unknown>, key]);
          }
        };
        visit(tree);
        const [parent, key] = leaves[pick % leaves.length]!;
        parent[key] = value;
        const body = JSON.stringify(tree);
        const options = { contentType: fixture.contentType, contentVersion: fixture.contentVersion };
        const strict = safeParseCallback(body, options);
        let lenient: LenientEvent;
        try {
          lenient = parseCallbackLenient(body, options);
        } catch (error) {
          expect(strict.success).toBe(false);
          expect(error).toMatchObject({ code: strict.error!.code, message: strict.error!.message });
          return;
        }
        if (strict.success) {
          expect(lenient).toEqual({ event: strict.event });
          return;
        }
        const { event, deviations } = lenient;
        expect(deviations!.count).toBeGreaterThan(0);
        // A node whose every child was moved out stays, empty ({}), where JSON would read it as absent.
        expect(reparsed(event, fixture.contentVersion)).toEqual(withoutEmptyNodes(event));
        // Every issue the strict reading found lies inside a value moved out.
        for (const issue of strict.error!.issues) {
          expect(
            deviations!.values.some((moved) => issue.path === moved.path || issue.path.startsWith(`${moved.path}.`)),
            issue.path,
          ).toBe(true);
        }
      }),
      { seed: 20261203, numRuns: Number(process.env.LENIENT_RUNS ?? 400) },
    );
  });
});
