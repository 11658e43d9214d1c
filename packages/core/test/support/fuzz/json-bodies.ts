// JSON: any JSON text, callback-shaped objects written by hand (duplicate keys, prototype keys),
// and the oracle for valid JSON.

import { DEFAULT_MAX_DEPTH, type ParseOptions } from '@wanxiang/core';
import fc from 'fast-check';
import { fromText, isGenericType, type TextForm } from './body-forms.js';
import { ciNames, eventNames, forbiddenNames, prototypeMethodNames, states, tags } from './corpus.js';
import { expectCode, expectError, fail, parseOutcome } from './outcome.js';
import { count } from './property.js';
import { ciValue } from './xml-callbacks.js';

type JsonModel = { object: [string, JsonModel][] } | { array: JsonModel[] } | { raw: string };

/** Scalars as written: strings (with escapes and lone surrogates), numbers at the edges, literals. */
const jsonScalar: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 16 }).map((text) => JSON.stringify(text)) },
  { weight: 2, arbitrary: ciValue.map((text) => JSON.stringify(text)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }).map((text) => JSON.stringify(text)) },
  { weight: 1, arbitrary: fc.constantFrom('""', '"  "', '"\\u00a0"', '"\\ud800"', '"\ud83d"', '"\\u0000"', '"\\/\\b\\f\\n\\r\\t"', '"\u2028"') },
  { weight: 2, arbitrary: fc.double().map((n) => (Number.isFinite(n) ? JSON.stringify(n) : '1e999')) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.constantFrom('0', '-0', '1e400', '-1e-400', '1E+2', '123456789012345678901234567890', '0.1', 'true', 'false', 'null') },
);
const jsonKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...ciNames).map((key) => JSON.stringify(key)) },
  { weight: 3, arbitrary: fc.string({ maxLength: 8 }).map((key) => JSON.stringify(key)) },
  { weight: 1, arbitrary: fc.constantFrom(...prototypeMethodNames, '', '0', '1', 'Response').map((key) => JSON.stringify(key)) },
  { weight: 1, arbitrary: fc.constantFrom(...forbiddenNames.map((key) => JSON.stringify(key)), '"\\u005f_proto__"', '"construct\\u006fr"') },
);
const { value: jsonModel } = fc.letrec<{ value: JsonModel; object: JsonModel; array: JsonModel }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 6 },
    jsonScalar.map((raw) => ({ raw })),
    tie('object'),
    tie('array'),
  ),
  object: fc.array(fc.tuple(jsonKey, tie('value')), { maxLength: 5 }).map((object) => ({ object })),
  array: fc.array(tie('value'), { maxLength: 4 }).map((array) => ({ array })),
}));

export function serializeJson(model: JsonModel, space: string): string {
  if ('raw' in model) return model.raw;
  if ('array' in model) return `[${space}${model.array.map((item) => serializeJson(item, space)).join(`,${space}`)}${space}]`;
  return `{${space}${model.object.map(([key, value]) => `${key}${space}:${space}${serializeJson(value, space)}`).join(`,${space}`)}${space}}`;
}

const str = (text: string): JsonModel => ({ raw: JSON.stringify(text) });
const jsonText = fc.oneof(ciValue, fc.constantFrom(...tags), fc.constantFrom(...states)).map(str);
const anyJsonValue = fc.oneof({ weight: 3, arbitrary: jsonText }, { weight: 1, arbitrary: jsonModel });

/** Objects shaped like the four callback kinds, with random values, extra keys, and an optional `{"Response": …}` wrapper. */
export const jsonCallback: fc.Arbitrary<{ model: JsonModel; eventName: string | undefined }> = fc
  .record({
    shape: fc.constantFrom('task', 'workflow', 'moderation', 'simple', 'legacy'),
    eventName: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...eventNames) }, fc.string({ maxLength: 10 })),
    jobs: fc.array(
      fc.record({
        Code: anyJsonValue,
        Message: anyJsonValue,
        JobId: anyJsonValue,
        State: fc.constantFrom(...states).map(str),
        Tag: fc.constantFrom(...tags).map(str),
        CreationTime: anyJsonValue,
        Operation: jsonModel,
      }),
      { maxLength: 3 },
    ),
    jobsAsObject: fc.boolean(),
    extra: fc.array(
      fc.tuple(
        jsonKey.filter((key) => key !== '"EventName"'),
        jsonModel,
      ),
      { maxLength: 3 },
    ),
    wrap: fc.boolean(),
    values: fc.array(anyJsonValue, { minLength: 4, maxLength: 4 }),
  })
  .map(({ shape, eventName, jobs, jobsAsObject, extra, wrap, values }) => {
    const entries: [string, JsonModel][] = [];
    const jobModels: JsonModel[] = jobs.map((job) => ({ object: Object.entries(job).map(([key, value]): [string, JsonModel] => [JSON.stringify(key), value]) }));
    const jobsDetail: JsonModel = jobsAsObject && jobModels.length === 1 ? jobModels[0]! : { array: jobModels };
    const [a, b, c, d] = values as [JsonModel, JsonModel, JsonModel, JsonModel];
    if (shape !== 'legacy' && shape !== 'simple') entries.push(['"EventName"', str(eventName)]);
    if (shape === 'task' || shape === 'moderation' || shape === 'legacy') entries.push(['"JobsDetail"', jobsDetail]);
    if (shape === 'workflow') {
      const tasks: JsonModel = {
        array: jobs.map((job) => ({
          object: [
            ['"Type"', job.Tag],
            ['"State"', job.State],
            ['"JobId"', job.JobId],
          ],
        })),
      };
      entries.push([
        '"WorkflowExecution"',
        {
          object: [
            ['"RunId"', a],
            ['"WorkflowId"', b],
            ['"Object"', c],
            ['"State"', d],
            ['"Tasks"', tasks],
          ],
        },
      ]);
    }
    if (shape === 'simple')
      entries.push(
        ['"code"', a],
        ['"message"', b],
        [
          '"data"',
          {
            object: [
              ['"event"', str(eventName)],
              ['"url"', c],
              ['"result"', d],
            ],
          },
        ],
      );
    entries.push(...extra);
    const object: JsonModel = { object: entries };
    const given = shape === 'legacy' || shape === 'simple' || eventName.trim() === '' ? undefined : eventName;
    return { model: wrap ? { object: [['"Response"', object]] } : object, eventName: given };
  });

/** True when some object of the model has one key twice (compared decoded: `"\\u0061"` is `"a"`). */
export function hasDuplicateKey(model: JsonModel): boolean {
  if ('raw' in model) return false;
  if ('array' in model) return model.array.some(hasDuplicateKey);
  const keys = model.object.map(([key]) => JSON.parse(key) as string);
  return new Set(keys).size < keys.length || model.object.some(([, value]) => hasDuplicateKey(value));
}

/** Container depth (the root object or array is 1) and whether a prototype key occurs, from the parsed value. */
function jsonFacts(value: unknown): { depth: number; forbidden: boolean } {
  if (value === null || typeof value !== 'object') return { depth: 0, forbidden: false };
  const children = Array.isArray(value) ? value : Object.values(value);
  const own = Array.isArray(value) ? false : Object.keys(value).some((key) => (forbiddenNames as readonly string[]).includes(key));
  const facts = children.map(jsonFacts);
  return { depth: 1 + Math.max(0, ...facts.map((fact) => fact.depth)), forbidden: own || facts.some((fact) => fact.forbidden) };
}

/**
 * The checks for valid JSON text: never MALFORMED_JSON; a scalar root sniffed is
 * UNSUPPORTED_FORMAT; TOO_DEEP and INVALID_CALLBACK exactly when they should; a given
 * EventName is the event's.
 */
export function checkValidJson(text: string, form: TextForm, options: ParseOptions, tally: Map<string, number>, eventName?: string, duplicateKey = false): void {
  const outcome = parseOutcome(fromText(text, form), options);
  count(tally, outcome);
  const parsed: unknown = JSON.parse(text);
  const first = text.trimStart()[0];
  if (isGenericType(options.contentType) && first !== '{' && first !== '[') {
    expectError(outcome, 'UNSUPPORTED_FORMAT', 'a scalar JSON root is sniffed as neither format');
    return;
  }
  // A duplicate key is MALFORMED_JSON (the reader is stricter than JSON.parse there, which also
  // hides the first value's subtree from the facts below): never an event, whichever error comes first.
  if (duplicateKey) {
    if (outcome.ok) fail('expected MALFORMED_JSON for a duplicate key', outcome);
    expectCode(outcome, ['MALFORMED_JSON', 'TOO_DEEP', 'INVALID_CALLBACK'], 'a duplicate key');
    return;
  }
  const facts = jsonFacts(parsed);
  const limit = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (facts.depth > limit) {
    if (facts.forbidden) expectCode(outcome, ['TOO_DEEP', 'INVALID_CALLBACK'], 'too deep, with a prototype key');
    else expectError(outcome, 'TOO_DEEP', `nested ${facts.depth} deep, maxDepth ${limit}`);
    return;
  }
  if (facts.forbidden) {
    expectError(outcome, 'INVALID_CALLBACK', 'a key is __proto__, constructor or prototype');
    return;
  }
  expectCode(outcome, ['INVALID_CALLBACK'], 'valid JSON within the limits can only fail the schema');
  if (outcome.ok && eventName !== undefined) {
    if (outcome.event.EventName !== eventName) fail(`EventName ${JSON.stringify(eventName)} became ${JSON.stringify(outcome.event.EventName)}`);
    count(tally, '+EventName kept');
  }
}
