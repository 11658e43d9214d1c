import { MAX_ISSUES, MAX_MESSAGE_LENGTH, parseCallback } from '@wanxiang/core';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadBody, loadManifest } from '../../../test/corpus/load.js';
import { readBody } from '../src/body.js';
import { coerce, MISFIT } from '../src/coerce.js';
import { identifyEvent } from '../src/event-name.js';
import { excerpt } from '../src/excerpt.js';
import { collectIssues } from '../src/issues.js';
import { readJson } from '../src/json.js';
import { ModerationDetailEvent } from '../src/schemas/moderation/detail-event.js';
import { ModerationSimpleEvent } from '../src/schemas/moderation/simple.js';
import { TaskFinishEvent } from '../src/schemas/task-finish.js';
import { UnknownEvent } from '../src/schemas/unknown-event.js';
import { WorkflowFinishEvent } from '../src/schemas/workflow-finish.js';
import { readXml } from '../src/xml.js';
import { callbackErrorOf } from './support/error-code.js';

const kindSchemas = { TaskFinish: TaskFinishEvent, WorkflowFinish: WorkflowFinishEvent, ModerationDetail: ModerationDetailEvent, ModerationSimple: ModerationSimpleEvent, Unknown: UnknownEvent };
const manifest = loadManifest().filter((entry) => entry.wellFormed && entry.kind !== '_untagged');

type Tree = Record<string, unknown>;

/** The raw tree of a corpus body with its EventName set, and the schema it is checked against. */
function subject(file: string, format: string, contentVersion: string | undefined): { root: Tree; schema: v.GenericSchema } {
  const { text } = readBody(loadBody(file), format === 'xml' ? 'application/xml' : 'application/json', 4 * 1024 * 1024);
  let root = (format === 'xml' ? readXml(text, 64).value : readJson(text, 64)) as Tree;
  if (Object.keys(root).length === 1 && root.Response) root = root.Response as Tree;
  const identity = identifyEvent(root as never, contentVersion)!;
  return { root: { ...root, EventName: identity.eventName }, schema: kindSchemas[identity.kind] as v.GenericSchema };
}

/**
 * valibot's every issue, as the core reported them before the collector existed, with the
 * unsafe characters escaped (the one deliberate difference; the mutations quote short text).
 */
function valibotIssues(schema: v.GenericSchema, input: unknown) {
  const result = v.safeParse(schema, input);
  return (result.issues ?? []).map((issue) => ({
    path: excerpt((issue.path ?? []).map((item) => String(item.key)).join('.'), Infinity),
    message: excerpt(issue.input === undefined ? 'required field is missing' : issue.message, Infinity),
  }));
}

/** Every [parent, key] of a tree, in document order. */
function slots(tree: unknown, out: [Tree, string][] = []): [Tree, string][] {
  if (tree !== null && typeof tree === 'object') {
    for (const key of Object.keys(tree)) {
      out.push([tree as Tree, key]);
      slots((tree as Tree)[key], out);
    }
  }
  return out;
}

// What a wrong value can be: text where a node or number belongs, a node where text belongs, a
// list where one value belongs, a list of wrong items, a missing field, a known Tag's neighbour.
const replacements: ((old: unknown) => unknown)[] = [() => 'wrong', () => ({ Unexpected: 'x' }), () => ['a', { b: 'c' }], (old) => [old, old], () => undefined, () => 'Review\u202eX'];

describe('collectIssues reports exactly what valibot reports', () => {
  for (const entry of manifest) {
    it(`${entry.file}: every single-value mutation`, () => {
      const { root, schema } = subject(entry.file, entry.format, entry.moderationVariant);
      const total = slots(structuredClone(root)).length;
      let compared = 0;
      let coercedCompared = 0;
      for (let at = 0; at < total; at++) {
        for (const replace of replacements) {
          const tree = structuredClone(root);
          const [parent, key] = slots(tree)[at]!;
          const value = replace(parent[key]);
          if (value === undefined) delete parent[key];
          else parent[key] = value;
          const expected = valibotIssues(schema, tree);
          const report = collectIssues(schema, tree);
          expect({ at: `${at}:${key}`, ...report }).toEqual({ at: `${at}:${key}`, issues: expected.slice(0, MAX_ISSUES), count: expected.length });
          compared += expected.length > 0 ? 1 : 0;
          // The error path collects from the tree coerce() left half-done: it must hold the same issues.
          const partly = structuredClone(tree);
          if (coerce(schema as never, partly) === MISFIT) {
            expect({ at: `${at}:${key}`, ...collectIssues(schema, partly) }).toEqual({ at: `${at}:${key}`, ...report });
            coercedCompared += 1;
          }
        }
      }
      expect(compared).toBeGreaterThan(0);
      expect(coercedCompared).toBeGreaterThan(0);
    });
  }
});

describe("collectIssues on objects that hold few of their schema's entries", () => {
  // The collector then walks the object's own keys (entry-order.ts); issues must still come in
  // the schema's order, with missing required fields and defaults where valibot puts them.
  const schema = v.object({
    a: v.string(),
    b: v.optional(v.string()),
    c: v.optional(v.string(), 'x'),
    d: v.optional(v.number()),
    e: v.string(),
    f: v.optional(v.number()),
    g: v.optional(v.string()),
    h: v.optional(v.string()),
    i: v.optional(v.string()),
    j: v.optional(v.number()),
  });
  const inputs: Record<string, unknown>[] = [{ j: 'x', f: 'y', d: 'z' }, { j: 1, a: 2 }, { h: 3, Unknown: 1, c: 4 }, {}, { e: 5, toString: 1, constructor: 2 }];
  for (const input of inputs) {
    it(`${JSON.stringify(input)}: the issues valibot reports, in its order`, () => {
      const expected = valibotIssues(schema, input);
      expect(collectIssues(schema, input)).toEqual({ issues: expected, count: expected.length });
    });
  }
});

describe('collectIssues within bounds', () => {
  const job = (i: number) => ({ Tag: 'Transcode', JobId: `j${i}`, Operation: { MediaInfo: { Format: { Duration: 'long' } } } });

  it('keeps the first MAX_ISSUES issues in order and counts the rest', () => {
    const input = { EventName: 'TaskFinish', JobsDetail: Array.from({ length: 250 }, (_, i) => job(i)) };
    const report = collectIssues(TaskFinishEvent, input);
    expect(report.count).toBe(250);
    expect(report.issues).toHaveLength(MAX_ISSUES);
    expect(report.issues[0]).toEqual({ path: 'JobsDetail.0.Operation.MediaInfo.Format.Duration', message: 'expected a number, received "long"' });
    expect(report.issues.at(-1)!.path).toBe(`JobsDetail.${MAX_ISSUES - 1}.Operation.MediaInfo.Format.Duration`);
  });

  it('counts the issues inside the trial of a variant option after the list is full', () => {
    // Each job's issues are found inside the trial of its Tag's option; past the cap they must still count.
    const input = { EventName: 'TaskFinish', JobsDetail: Array.from({ length: 150 }, (_, i) => ({ ...job(i), Input: 'x', Workflow: 'y' })) };
    expect(collectIssues(TaskFinishEvent, input).count).toBe(450);
  });

  it('excerpts body text quoted in a default message and a record key in a path', () => {
    const huge = 'x'.repeat(100_000);
    const node = collectIssues(WorkflowFinishEvent, { EventName: 'WorkflowFinish', WorkflowExecution: `\u001b[31m${huge}` });
    expect(node.issues[0]!.message.length).toBeLessThan(200);
    expect(node.issues[0]!.message).toContain('\\u001b[31m');
    const key = collectIssues(ModerationSimpleEvent, { EventName: 'ReviewImage', code: '0', data: { cos_headers: { [`k\u2028${huge}`]: { a: 'b' } } } });
    expect(key.issues[0]!.path.length).toBeLessThan(200);
    expect(key.issues[0]!.path.startsWith('data.cos_headers.k\\u2028xxx')).toBe(true);
  });
});

describe('parseCallback on many wrong items', () => {
  it('answers MAX_ISSUES issues, the total in issueCount and the message', () => {
    const jobs = Array.from(
      { length: 5000 },
      (_, i) => `<JobsDetail><Tag>Transcode</Tag><JobId>j${i}</JobId><Operation><MediaInfo><Format><Duration>long</Duration></Format></MediaInfo></Operation></JobsDetail>`,
    );
    const error = callbackErrorOf(() => parseCallback(`<Response><EventName>TaskFinish</EventName>${jobs.join('')}</Response>`));
    expect(error.code).toBe('INVALID_CALLBACK');
    expect(error.issues).toHaveLength(MAX_ISSUES);
    expect(error.issueCount).toBe(5000);
    expect(error.message).toBe('Invalid TaskFinish callback: JobsDetail.0.Operation.MediaInfo.Format.Duration: expected a number, received "long" (and 4999 more)');
  });

  it('bounds a huge EventName quoted in the message, escaping its controls', () => {
    const name = `Review\u001b]0;${'n'.repeat(1_000_000)}`;
    const error = callbackErrorOf(() => parseCallback(JSON.stringify({ EventName: name, JobsDetail: 'x' }), { contentType: 'application/json' }));
    expect(error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(error.message).toContain('Review\\u001b]0;nnn');
    expect(error.message).not.toMatch(/[\u0000-\u001f]/);
  });
});
