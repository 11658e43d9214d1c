// The fuzz properties, shared by `fuzz.test.ts` (fixed seed, bounded runs, part of `npm test`)
// and `npm run fuzz` (scripts/fuzz.mjs: the same file with FUZZ_RUNS runs per property, a
// random seed printed for replay, FUZZ_SEED/FUZZ_PATH to replay one failure).
//
// The promise checked everywhere: `parseCallback` returns a plausible event or throws a
// CallbackError with a known code and at least one issue — never another exception — within
// HANG_BOUND_MS, without touching Object.prototype. On top of that, each property has an
// oracle of its own: invalid UTF-8 is never accepted and a body reads the same as bytes and as
// a string; well-formed XML is never MALFORMED_XML, reads into the tree a reference model
// predicts and gives the same event as its JSON twin; valid JSON is never MALFORMED_JSON;
// depth limits and prototype keys give TOO_DEEP and INVALID_CALLBACK exactly when they should.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import {
  CallbackErrorCode,
  DEFAULT_MAX_DEPTH,
  isCallbackError,
  knownTags,
  parseCallback,
  parseCallbackLenient,
  reviewEventNames,
  type CallbackBody,
  type CallbackError,
  type ParseOptions,
} from '@wanxiang/core';
import { readJson } from '../../src/json.js';
import type { RawValue } from '../../src/raw.js';
import { readXml } from '../../src/xml.js';
import { loadBody, loadManifest } from '../../../../test/corpus/load.js';

// ---------------------------------------------------------------------------------------------
// Settings: fixed seed and bounded runs in `npm test`; FUZZ_RUNS / FUZZ_SEED / FUZZ_PATH for long runs.

/** The seed of every property in `npm test`. */
export const DEFAULT_SEED = 20261121;

/** One parse taking longer than this is reported as a hang (normal parses take well under 1 ms). */
export const HANG_BOUND_MS = 1000;

export interface FuzzSettings {
  seed: number;
  /** Runs per property; `undefined` uses each property's own bounded count. */
  runs: number | undefined;
  /** A counterexample path to replay (with its seed). */
  path: string | undefined;
  /** True for `npm run fuzz` (FUZZ_RUNS set): long runs, no test timeout. */
  long: boolean;
  /** Property ids to run (FUZZ_ONLY, comma-separated); `undefined` runs all. */
  only: string[] | undefined;
}

export function fuzzSettings(env: Record<string, string | undefined> = process.env): FuzzSettings {
  const runs = env.FUZZ_RUNS ? integerFrom(env.FUZZ_RUNS, 'FUZZ_RUNS', 1) : undefined;
  const seed = env.FUZZ_SEED ? integerFrom(env.FUZZ_SEED, 'FUZZ_SEED', -(2 ** 31)) : runs === undefined ? DEFAULT_SEED : randomSeed();
  const only = env.FUZZ_ONLY ? env.FUZZ_ONLY.split(',').map((id) => id.trim()).filter(Boolean) : undefined;
  return { seed, runs, path: env.FUZZ_PATH || undefined, long: runs !== undefined, only };
}

function integerFrom(text: string, name: string, min: number): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got ${JSON.stringify(text)}`);
  return value;
}

function randomSeed(): number {
  return (Math.random() * 2 ** 31) | 0;
}

/** What one property run needs from the settings. */
export interface FuzzParameters {
  seed: number;
  numRuns: number;
  path?: string | undefined;
}

/** A named property with its bounded run count and a tally of the outcomes it produced. */
export interface FuzzProperty {
  /** Short id for FUZZ_ONLY and `npm run fuzz -- <id>`. */
  id: string;
  name: string;
  /** Runs in `npm test`. */
  runs: number;
  /** Outcome counts of the last run: `event`, or an error code. */
  tally: Map<string, number>;
  /** Runs the property; throws a report with the replay command on failure. */
  check(parameters: FuzzParameters): void;
}

function defineProperty<Ts extends [unknown, ...unknown[]]>(
  id: string,
  name: string,
  runs: number,
  property: (tally: Map<string, number>) => fc.IProperty<Ts>,
): FuzzProperty {
  const tally = new Map<string, number>();
  const prop = property(tally);
  return {
    id,
    name,
    runs,
    tally,
    check(parameters) {
      tally.clear();
      const details = fc.check(prop, { seed: parameters.seed, numRuns: parameters.numRuns, ...(parameters.path ? { path: parameters.path } : {}) });
      if (!details.failed) return;
      const replay =
        `\nReplay this failure: FUZZ_SEED=${details.seed}` +
        (details.counterexamplePath ? ` FUZZ_PATH=${details.counterexamplePath}` : '') +
        ` npm run fuzz -- ${id}`;
      throw new Error(`${fc.defaultReportMessage(details) ?? `Property "${name}" failed`}${replay}`, { cause: details.errorInstance });
    },
  };
}

/** Counts an outcome (`event` or its code), or an oracle that ran (a name starting with `+`). */
function count(tally: Map<string, number>, outcome: Outcome | `+${string}`): void {
  const key = typeof outcome === 'string' ? outcome : outcome.ok ? 'event' : outcome.error.code;
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

// ---------------------------------------------------------------------------------------------
// The corpus, and the names it uses.

export interface CorpusBody {
  file: string;
  format: 'xml' | 'json';
  wellFormed: boolean;
  bytes: Uint8Array;
}

export const corpus: CorpusBody[] = loadManifest().map((entry) => ({
  file: entry.file,
  format: entry.format,
  wellFormed: entry.wellFormed,
  bytes: loadBody(entry.file),
}));

const utf8 = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Element names of the XML corpus and keys of the JSON corpus that are ASCII XML names. */
export const ciNames: readonly string[] = (() => {
  const names = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        names.add(key);
        walk(child);
      }
    }
  };
  for (const body of corpus) {
    const text = new TextDecoder().decode(body.bytes);
    if (body.format === 'xml') for (const match of text.matchAll(/<\/?([A-Za-z_][\w.:-]*)/g)) names.add(match[1]!);
    else if (body.wellFormed) walk(JSON.parse(text));
  }
  return [...names].filter((name) => /^[A-Za-z_][\w.-]*$/.test(name)).sort();
})();

const forbiddenNames = ['__proto__', 'constructor', 'prototype'] as const;
const prototypeMethodNames = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', '__defineGetter__', '__lookupGetter__', 'toJSON', 'then', 'length'];
const eventNames = ['TaskFinish', 'WorkflowFinish', ...reviewEventNames, 'ReviewLive', 'ReviewSomethingNew', 'SomethingNew', 'taskfinish', ' TaskFinish'];
const tags = [...knownTags, 'NewTag'];
const states = ['Success', 'Failed', 'Running', 'Cancel', 'Pause', 'Submitted', ''];

// ---------------------------------------------------------------------------------------------
// Parsing one body and checking the universal promise.

export type Outcome = { ok: true; event: Record<string, unknown>; ms: number } | { ok: false; error: CallbackError; ms: number };

const knownCodes = new Set<string>(Object.values(CallbackErrorCode));
const prototypeState = () =>
  [Object.prototype, Array.prototype, String.prototype, Function.prototype].map((proto) => Reflect.ownKeys(proto).map(String).join(',')).join('|');
const pristinePrototypes = prototypeState();

/** A short description of any thrown value, with its stack. */
function describeThrown(thrown: unknown): string {
  return thrown instanceof Error ? `${thrown.name}: ${thrown.message}\n${thrown.stack ?? ''}` : `${typeof thrown}: ${String(thrown)}`;
}

/**
 * Parses `body` and checks what every parse must give: an event with a string `EventName`, or
 * a CallbackError with a known code and at least one issue; within {@link HANG_BOUND_MS}; with
 * the built-in prototypes as they were.
 */
export function parseOutcome(body: CallbackBody, options: ParseOptions): Outcome {
  const started = performance.now();
  let outcome: Outcome;
  try {
    const event = parseCallback(body, options) as unknown as Record<string, unknown>;
    outcome = { ok: true, event, ms: performance.now() - started };
  } catch (thrown) {
    const ms = performance.now() - started;
    if (!isCallbackError(thrown)) throw new Error(`parseCallback threw something other than a CallbackError: ${describeThrown(thrown)}`);
    outcome = { ok: false, error: thrown, ms };
  }
  if (outcome.ms > HANG_BOUND_MS) throw new Error(`parseCallback took ${outcome.ms.toFixed(0)} ms (hang guard: ${HANG_BOUND_MS} ms)`);
  if (prototypeState() !== pristinePrototypes) throw new Error('a built-in prototype was changed by a parse');
  if (outcome.ok) {
    const { event } = outcome;
    if (typeof event !== 'object' || event === null || Array.isArray(event)) throw new Error(`parseCallback returned a non-object: ${String(event)}`);
    if (typeof event.EventName !== 'string') throw new Error(`an event without a string EventName: ${JSON.stringify(event).slice(0, 300)}`);
    JSON.stringify(event); // an event is plain data: no cycles, no BigInt
  } else {
    const { error } = outcome;
    if (!knownCodes.has(error.code)) throw new Error(`a CallbackError with an unknown code ${JSON.stringify(error.code)}`);
    if (!Array.isArray(error.issues) || error.issues.length === 0) throw new Error(`a ${error.code} CallbackError without issues`);
    for (const issue of error.issues) {
      if (typeof issue.path !== 'string' || typeof issue.message !== 'string') throw new Error(`a malformed issue: ${JSON.stringify(issue)}`);
    }
  }
  checkLenient(body, options, outcome);
  return outcome;
}

/**
 * The lenient reading of the same body agrees: the strict event and no deviations for a valid
 * body; the same error for one that is malformed or over a limit; for an invalid one, the same
 * error, or an event (which the strict reading takes back) with bounded deviations.
 */
function checkLenient(body: CallbackBody, options: ParseOptions, strict: Outcome): void {
  let lenient: ReturnType<typeof parseCallbackLenient>;
  try {
    lenient = parseCallbackLenient(body, options);
  } catch (thrown) {
    if (!isCallbackError(thrown)) throw new Error(`parseCallbackLenient threw something other than a CallbackError: ${describeThrown(thrown)}`);
    if (strict.ok || thrown.code !== strict.error.code) fail(`parseCallbackLenient threw ${thrown.code} where parseCallback gave`, strict);
    return;
  }
  if (strict.ok) {
    if (lenient.deviations !== undefined || !isDeepStrictEqual(lenient.event, strict.event)) fail('parseCallbackLenient differs on a valid body', strict);
    return;
  }
  if (strict.error.code !== 'INVALID_CALLBACK') fail(`parseCallbackLenient gave an event where parseCallback gave`, strict);
  const { deviations } = lenient;
  if (deviations === undefined || deviations.count === 0 || deviations.values.length > 100 || deviations.issues.length > 100) fail(`parseCallbackLenient: deviations out of bounds ${JSON.stringify(deviations)?.slice(0, 300)}`);
  JSON.stringify(lenient.event);
}

function fail(message: string, outcome?: Outcome): never {
  const got = outcome === undefined ? '' : outcome.ok ? ` — got an event: ${JSON.stringify(outcome.event).slice(0, 300)}` : ` — got ${outcome.error.code}: ${outcome.error.message.slice(0, 300)}`;
  throw new Error(`${message}${got}`);
}

function expectCode(outcome: Outcome, allowed: readonly string[], why: string): void {
  if (outcome.ok) return;
  if (!allowed.includes(outcome.error.code)) fail(`expected an event or ${allowed.join('/')} (${why})`, outcome);
}

function expectError(outcome: Outcome, code: string, why: string): void {
  if (outcome.ok || outcome.error.code !== code) fail(`expected ${code} (${why})`, outcome);
}

/**
 * Same event, or the same error code with issues at the same paths. (Messages may differ in
 * wording: for bytes, an unsupported first character is quoted as its first byte.)
 */
function sameOutcome(a: Outcome, b: Outcome): boolean {
  if (a.ok && b.ok) return isDeepStrictEqual(a.event, b.event);
  const paths = (error: CallbackError) => error.issues.map((issue) => issue.path);
  if (!a.ok && !b.ok) return a.error.code === b.error.code && isDeepStrictEqual(paths(a.error), paths(b.error));
  return false;
}

function describeOutcome(outcome: Outcome): string {
  return outcome.ok ? `event ${JSON.stringify(outcome.event).slice(0, 200)}` : `${outcome.error.code} ${JSON.stringify(outcome.error.issues).slice(0, 200)}`;
}

// ---------------------------------------------------------------------------------------------
// Body forms and options.

/** How bytes are handed to parseCallback. `view` is a subarray of a larger buffer padded with `<{`. */
export type ByteForm = 'bytes' | 'view' | 'buffer' | 'arraybuffer';
const byteForm = fc.constantFrom<ByteForm>('bytes', 'view', 'buffer', 'arraybuffer');

export function fromBytes(bytes: Uint8Array, form: ByteForm): CallbackBody {
  switch (form) {
    case 'bytes':
      return bytes;
    case 'view': {
      const padded = new Uint8Array(bytes.length + 16).fill(0x3c);
      padded.fill(0x7b, 0, 8);
      padded.set(bytes, 8);
      return padded.subarray(8, 8 + bytes.length);
    }
    case 'buffer':
      return Buffer.from(bytes);
    case 'arraybuffer':
      return bytes.slice().buffer;
  }
}

/** How a generated (well-formed, valid Unicode) text is handed over: a string or its UTF-8, with or without a BOM. */
export type TextForm = 'string' | 'bom-string' | ByteForm | 'bom-bytes';
const textForm = fc.constantFrom<TextForm>('string', 'bom-string', 'bytes', 'view', 'buffer', 'arraybuffer', 'bom-bytes');

export function fromText(text: string, form: TextForm): CallbackBody {
  if (form === 'string') return text;
  if (form === 'bom-string') return `\uFEFF${text}`;
  if (form === 'bom-bytes') return utf8.encode(`\uFEFF${text}`);
  return fromBytes(utf8.encode(text), form);
}

const anyContentType = fc.constantFrom(
  undefined, null, '', 'application/xml', 'text/xml', 'application/soap+xml', 'text/xml; charset=UTF-8', 'APPLICATION/XML',
  'application/json', 'text/json', 'application/json; charset="utf-8"', 'application/cloudevents+json',
  'text/plain', 'application/octet-stream', 'application/x-www-form-urlencoded', '*/*',
  'image/png', 'text/html', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'text/xml; charset=utf-16', ';',
);
/** Content types under which a `<` body is read as XML. */
const xmlContentType = fc.constantFrom(undefined, null, '', 'application/xml', 'text/xml; charset=utf-8', 'application/atom+xml', 'text/plain', 'application/octet-stream', 'application/x-www-form-urlencoded', '*/*');
/** Content types under which a JSON text is read as JSON (generic ones sniff). */
const jsonContentType = fc.constantFrom(undefined, null, '', 'application/json', 'text/json; charset=UTF-8', 'application/problem+json', 'text/plain', 'application/octet-stream', '*/*');
const contentVersion = fc.constantFrom(undefined, undefined, undefined, null, 'Simple', 'Detail', ' detail ', 'SIMPLE', 'v2');
const maxDepth = fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 10 }) });
const maxBytes = fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 4096 }) });

const anyOptions = fc.record({ contentType: anyContentType, contentVersion, maxDepth, maxBytes });
const xmlOptions = fc.record({ contentType: xmlContentType, contentVersion, maxDepth });
const jsonOptions = fc.record({ contentType: jsonContentType, contentVersion, maxDepth });

const isGenericType = (contentType: string | null | undefined) =>
  contentType == null || ['', 'text/plain', 'application/octet-stream', 'application/x-www-form-urlencoded', '*/*'].includes(contentType);

// ---------------------------------------------------------------------------------------------
// Byte-level damage.

const encode = (text: string) => utf8.encode(text);
const bytesOf = (...values: number[]) => Uint8Array.from(values);

/** Single bytes and short sequences that matter to the readers: structure, controls, broken and valid UTF-8. */
const interestingChunks: readonly Uint8Array[] = [
  ...[...'<>/&"\'{}[],:=?!-;#\\ \n\r\t]'].map((char) => encode(char)),
  bytesOf(0x00), bytesOf(0x01), bytesOf(0x0b), bytesOf(0x7f), bytesOf(0x80), bytesOf(0xbf), bytesOf(0xc0), bytesOf(0xff), bytesOf(0xfe),
  bytesOf(0xef, 0xbb, 0xbf), // BOM
  bytesOf(0xef, 0xbf, 0xbe), bytesOf(0xef, 0xbf, 0xbf), // U+FFFE, U+FFFF
  encode('é'), encode('数'), encode('😀'), encode('\u2028'), encode('\u00a0'), encode('\u3000'),
  bytesOf(0xc0, 0xaf), bytesOf(0xc0, 0x80), bytesOf(0xe0, 0x80, 0xaf), bytesOf(0xf0, 0x80, 0x80, 0xaf), // overlong
  bytesOf(0xed, 0xa0, 0x80), bytesOf(0xed, 0xbf, 0xbf), bytesOf(0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80), // surrogates (CESU-8)
  bytesOf(0xf4, 0x90, 0x80, 0x80), bytesOf(0xf5, 0x80, 0x80, 0x80), // beyond U+10FFFF
  bytesOf(0xe6, 0x95), bytesOf(0xf0, 0x9f, 0x98), // truncated sequences
  ...[
    '</', '/>', '<!--', '-->', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<?pi x?>', '<!DOCTYPE r>', '<!ENTITY x "y">',
    '&amp;', '&lt;', '&#x0;', '&#xD800;', '&#1114112;', '&#x1F600;', '&lol;', '&', '&#', '<a b="1">', ' c=\'<\'',
    '<Response>', '</Response>', '<EventName>TaskFinish</EventName>', '<JobsDetail>', '</JobsDetail>', '<__proto__>', '<constructor/>',
    '"__proto__":{', '"constructor":', '"prototype":1,', '{"', '":', '[]', '{}', 'null', 'true', '1e309', '-0', '"\\ud800"', '"\\u0000"',
    '"EventName":"TaskFinish",', '"JobsDetail":[', '\\', '\\u', '"\\u005f_proto__":1,',
  ].map(encode),
];

type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'overwrite'; at: number; chunk: Uint8Array }
  | { op: 'insert'; at: number; chunk: Uint8Array }
  | { op: 'delete'; at: number; length: number }
  | { op: 'splice'; at: number; length: number; donor: number; from: number; size: number }
  | { op: 'repeat'; at: number; length: number; times: number }
  | { op: 'truncate'; at: number };

const chunk = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...interestingChunks) },
  { weight: 2, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(...ciNames).map((name) => encode(name)) },
);
const at = fc.nat({ max: 20_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('overwrite' as const), at, chunk }),
  { weight: 3, arbitrary: fc.record({ op: fc.constant('insert' as const), at, chunk }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 64 }) }) },
  fc.record({ op: fc.constant('splice' as const), at, length: fc.nat({ max: 200 }), donor: fc.nat(), from: at, size: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ op: fc.constant('repeat' as const), at, length: fc.integer({ min: 1, max: 64 }), times: fc.integer({ min: 2, max: 60 }) }),
  fc.record({ op: fc.constant('truncate' as const), at }),
);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const i = m.at % (bytes.length + 1);
  switch (m.op) {
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const out = bytes.slice();
      const j = m.at % bytes.length;
      out[j] = out[j]! ^ (1 << m.bit);
      return out;
    }
    case 'overwrite':
      return concat(bytes.subarray(0, i), m.chunk, bytes.subarray(i + m.chunk.length));
    case 'insert':
      return concat(bytes.subarray(0, i), m.chunk, bytes.subarray(i));
    case 'delete':
      return concat(bytes.subarray(0, i), bytes.subarray(i + m.length));
    case 'splice': {
      const donor = corpus[m.donor % corpus.length]!.bytes;
      const from = m.from % donor.length;
      return concat(bytes.subarray(0, i), donor.subarray(from, from + m.size), bytes.subarray(i + m.length));
    }
    case 'repeat': {
      const slice = bytes.subarray(i, i + m.length);
      return concat(bytes.subarray(0, i), ...Array.from({ length: m.times }, () => slice), bytes.subarray(i + m.length));
    }
    case 'truncate':
      return bytes.subarray(0, i);
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictDecoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The checks for damaged bytes: the universal promise for the byte form and for a string form,
 * invalid UTF-8 never accepted (and never mistaken for a schema problem), and valid UTF-8 read
 * the same as bytes and as the string the platform decodes (BOM kept, so both drop one).
 */
function checkDamaged(bytes: Uint8Array, form: ByteForm, options: ParseOptions, tally: Map<string, number>): void {
  const fromBytesOutcome = parseOutcome(fromBytes(bytes, form), options);
  count(tally, fromBytesOutcome);
  if (isUtf8(bytes)) {
    const fromString = parseOutcome(strictDecoder.decode(bytes), options);
    if (!sameOutcome(fromBytesOutcome, fromString)) {
      fail(`bytes and string read differently: bytes → ${describeOutcome(fromBytesOutcome)}; string → ${describeOutcome(fromString)}`);
    }
    count(tally, '+bytes and string agree');
  } else {
    expectCode(fromBytesOutcome, ['BODY_TOO_LARGE', 'EMPTY_BODY', 'UNSUPPORTED_FORMAT', 'MALFORMED_XML', 'MALFORMED_JSON'], 'the bytes are not valid UTF-8');
    if (fromBytesOutcome.ok) fail('invalid UTF-8 was accepted', fromBytesOutcome);
    count(tally, '+invalid UTF-8 rejected');
    // The lossy string a careless caller would pass (U+FFFD for each bad sequence), and a Latin-1 reading.
    parseOutcome(new TextDecoder().decode(bytes), options);
    parseOutcome(String.fromCharCode(...bytes.subarray(0, 50_000)), options);
  }
}

// ---------------------------------------------------------------------------------------------
// Well-formed XML trees, a serializer, and a reference model of what the XML reader makes of them.

/** Text as written (`raw`) and as it reads (`text`). */
export interface Piece {
  raw: string;
  text: string;
}

export interface XmlElement {
  name: string;
  /** Raw attributes, each with its leading whitespace; the reader checks and drops them. */
  attributes: string;
  /** Whitespace before `>` / `/>`, and inside the end tag. */
  tagSpace: string;
  endSpace: string;
  /** A leaf: its text pieces (none: an empty element). */
  text?: Piece[];
  /** Written `<name/>` when empty. */
  selfClosing?: boolean;
  /** A parent: its children, and `children.length + 1` gaps of pieces around them. */
  children?: XmlElement[];
  gaps?: Piece[][];
}

const isXmlSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r';
const isXmlBlank = (text: string) => [...text].every(isXmlSpace);

/** Characters allowed in text, with `<` and `&` left out (they are written as references). */
const textChar = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...'abcXYZ019 _-.:;,/?=!#%()*+[]{}|~`"\'>\t\n\r') },
  { weight: 2, arbitrary: fc.integer({ min: 0x80, max: 0xd7ff }).map((code) => String.fromCodePoint(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xe000, max: 0xfffd }).map((code) => String.fromCodePoint(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((code) => String.fromCodePoint(code)) },
  { weight: 1, arbitrary: fc.constantFrom('数', '据', '万', '象', '😀', 'é', '\u0085', '\u00a0', '\u3000', '\u2028', '\ufeff') },
);


const plainText = fc.string({ unit: textChar, maxLength: 24 }).map((text): Piece => ({ raw: text.replaceAll(']]>', ']]&gt;'), text }));
const entity = fc.constantFrom<Piece>(
  { raw: '&amp;', text: '&' }, { raw: '&lt;', text: '<' }, { raw: '&gt;', text: '>' }, { raw: '&quot;', text: '"' }, { raw: '&apos;', text: "'" },
);
const xmlCodePoint = fc.oneof(
  fc.constantFrom(0x9, 0xa, 0xd, 0x20, 0x3c, 0x26, 0x5d, 0xd7ff, 0xe000, 0xfffd, 0x10000, 0x10ffff),
  fc.integer({ min: 0x20, max: 0xd7ff }),
  fc.integer({ min: 0xe000, max: 0xfffd }),
  fc.integer({ min: 0x10000, max: 0x10ffff }),
);
/** `&#N;` / `&#xH;` with up to two leading zeros (longer references: see the known-bug test). */
const charReference = fc
  .tuple(xmlCodePoint, fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 2 }))
  .map(([code, hex, upper, zeros]): Piece => {
    const digits = hex ? code.toString(16) : String(code);
    return { raw: `&#${hex ? 'x' : ''}${'0'.repeat(zeros)}${upper ? digits.toUpperCase() : digits};`, text: String.fromCodePoint(code) };
  });
const cdata = fc.string({ unit: fc.oneof(textChar, fc.constantFrom('<', '&', ']', '<![CDATA[', '&amp;')), maxLength: 16 })
  .filter((text) => !text.includes(']]>') && !text.endsWith(']') && !text.endsWith(']]'))
  .map((text): Piece => ({ raw: `<![CDATA[${text}]]>`, text }));
const comment = fc.string({ unit: fc.constantFrom(...'abc <>&"\'数 -'), maxLength: 12 })
  .filter((text) => !text.includes('--') && !text.endsWith('-'))
  .map((text): Piece => ({ raw: `<!--${text}-->`, text: '' }));
const processingInstruction = fc
  .tuple(fc.constantFrom('pi', 'xml-stylesheet', 'php', 'target.x'), fc.string({ unit: fc.constantFrom(...'ab <>?=" '), maxLength: 10 }))
  .filter(([, data]) => !data.includes('?>') && !data.endsWith('?'))
  .map(([target, data]): Piece => ({ raw: `<?${target}${data === '' ? '' : ` ${data}`}?>`, text: '' }));
const space = fc.constantFrom('', ' ', '\n', '\n  ', '\t', '\r\n', '  \n\t');
const spacePiece = space.map((text): Piece => ({ raw: text, text }));

const textPieces = fc.array(
  fc.oneof({ weight: 6, arbitrary: plainText }, { weight: 2, arbitrary: entity }, { weight: 2, arbitrary: charReference }, { weight: 2, arbitrary: cdata }, comment, processingInstruction),
  { maxLength: 4 },
);
/** Between children: whitespace, comments and processing instructions (no text). */
const gapPieces = fc.array(fc.oneof({ weight: 4, arbitrary: spacePiece }, comment, processingInstruction), { maxLength: 2 });
/** Non-blank text between children: mixed content, which the reader rejects when a child has a value. */
const mixedPieces = fc.array(fc.oneof(plainText, entity, cdata), { minLength: 1, maxLength: 2 });

const asciiName = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,11}$/);
const unicodeName = fc.constantFrom('数据万象', 'Événement', '名前_1', 'ü.x-y', 'ns:Name', 'a:b:c', '_', 'Ω', 'x·y', '😀');
/** Element names: mostly the corpus's, some random, some Unicode, some that shadow Object.prototype members. */
const elementName = (forbiddenWeight: number) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...ciNames) },
    { weight: 3, arbitrary: asciiName },
    { weight: 1, arbitrary: unicodeName },
    { weight: 1, arbitrary: fc.constantFrom(...prototypeMethodNames) },
    ...(forbiddenWeight > 0 ? [{ weight: forbiddenWeight, arbitrary: fc.constantFrom(...forbiddenNames) }] : []),
  );

const attributeValue = fc.string({ unit: fc.constantFrom(...'ab 数>/=?'), maxLength: 8 });
const attributes = fc
  .uniqueArray(fc.tuple(fc.oneof(asciiName, fc.constantFrom('xmlns', 'xmlns:ns', 'xml:lang', ...forbiddenNames)), space, fc.boolean(), attributeValue, fc.constantFrom(' ', '\n', '\t ')), {
    maxLength: 3,
    selector: ([name]) => name,
  })
  .map((list) => list.map(([name, around, single, value, before]) => `${before}${name}${around}=${around}${single ? `'${value}'` : `"${value.replaceAll('&', '&amp;')}"`}`).join(''));

const tagBits = fc.record({ attributes: fc.oneof({ weight: 4, arbitrary: fc.constant('') }, attributes), tagSpace: fc.constantFrom('', '', ' ', '\n'), endSpace: fc.constantFrom('', '', ' ', '\n') });

/** A random element tree, at most `maxDepth` deep; `mixed` makes some parents carry text. */
export function xmlTree(options: { forbiddenWeight: number; mixed: boolean; names?: fc.Arbitrary<string>; maxDepth?: number }): fc.Arbitrary<XmlElement> {
  const names = options.names ?? elementName(options.forbiddenWeight);
  const { element } = fc.letrec<{ element: XmlElement; leaf: XmlElement; parent: XmlElement }>((tie) => ({
    element: fc.oneof({ depthSize: 'small', maxDepth: options.maxDepth ?? 6 }, tie('leaf'), tie('parent'), tie('parent')),
    leaf: fc.record({ name: names, tags: tagBits, text: textPieces, selfClosing: fc.boolean() }).map(({ name, tags, text, selfClosing }) => ({
      name,
      ...tags,
      text,
      selfClosing: selfClosing && text.length === 0,
    })),
    parent: fc
      .record({
        name: names,
        tags: tagBits,
        children: fc.array(tie('element'), { minLength: 1, maxLength: 4 }),
        gaps: fc.array(gapPieces, { minLength: 5, maxLength: 5 }),
        mixed: options.mixed ? fc.oneof({ weight: 15, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.nat(), mixedPieces) }) : fc.constant(null),
      })
      .map(({ name, tags, children, gaps, mixed }) => {
        const used = gaps.slice(0, children.length + 1).map((gap) => [...gap]);
        if (mixed) used[mixed[0] % used.length]!.push(...mixed[1]);
        return { name, ...tags, children, gaps: used };
      }),
  }));
  return element;
}

export function serializeElement(element: XmlElement): string {
  const open = `<${element.name}${element.attributes}${element.tagSpace}`;
  if (element.children === undefined && element.selfClosing) return `${open}/>`;
  let inner = '';
  if (element.children === undefined) inner = (element.text ?? []).map((piece) => piece.raw).join('');
  else {
    const gaps = element.gaps ?? [];
    element.children.forEach((child, i) => {
      inner += (gaps[i] ?? []).map((piece) => piece.raw).join('') + serializeElement(child);
    });
    inner += (gaps[element.children.length] ?? []).map((piece) => piece.raw).join('');
  }
  return `${open}>${inner}</${element.name}${element.endSpace}>`;
}

/** A whole document: optional declaration, comments/PIs/whitespace around the root. */
const prolog = fc.record({
  declaration: fc.constantFrom('', '', '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8"?>\n', "<?xml version='1.0' encoding='utf-8' standalone='yes'?>"),
  before: gapPieces,
  after: gapPieces,
});

export function serializeDocument(root: XmlElement, around: { declaration: string; before: Piece[]; after: Piece[] }): string {
  const misc = (pieces: Piece[]) => pieces.map((piece) => piece.raw).join('');
  return `${around.declaration}${misc(around.before)}${serializeElement(root)}${misc(around.after)}`;
}

/** What the model says about a tree: its depth, prototype names anywhere, and its raw value. */
export interface TreeFacts {
  depth: number;
  forbidden: boolean;
  /** Some parent has a child with a value and non-blank text: INVALID_CALLBACK. */
  mixed: boolean;
  /** The raw value the XML reader must produce (meaningful when neither forbidden nor mixed). */
  value: RawValue | undefined;
}

/**
 * The text a compliant parser reports for adjacent pieces: XML reads CRLF and a lone CR in the
 * document as LF (a CR a character reference writes stays). Literal text pieces are joined before
 * that, since a CR ending one and an LF starting the next are one CRLF; markup (`<…`) and
 * references (`&…`) end a run.
 */
function modelText(pieces: Piece[]): string {
  let out = '';
  let run = '';
  for (const piece of pieces) {
    if (!piece.raw.startsWith('<') && !piece.raw.startsWith('&')) {
      run += piece.text;
      continue;
    }
    out += run.replace(/\r\n?/g, '\n') + (piece.raw.startsWith('<') ? piece.text.replace(/\r\n?/g, '\n') : piece.text);
    run = '';
  }
  return out + run.replace(/\r\n?/g, '\n');
}

export function treeFacts(element: XmlElement): TreeFacts {
  const forbidden = (forbiddenNames as readonly string[]).includes(element.name);
  if (element.children === undefined) {
    const text = modelText(element.text ?? []);
    return { depth: 1, forbidden, mixed: false, value: isXmlBlank(text) ? undefined : text };
  }
  const facts = element.children.map(treeFacts);
  const object: Record<string, RawValue> = {};
  let hasChild = false;
  element.children.forEach((child, i) => {
    const value = facts[i]!.value;
    if (value === undefined || (forbiddenNames as readonly string[]).includes(child.name)) return;
    hasChild = true;
    const existing = Object.hasOwn(object, child.name) ? object[child.name] : undefined;
    if (existing === undefined) object[child.name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else object[child.name] = [existing, value];
  });
  const text = (element.gaps ?? []).map(modelText).join('');
  const blank = isXmlBlank(text);
  return {
    depth: 1 + Math.max(...facts.map((fact) => fact.depth)),
    forbidden: forbidden || facts.some((fact) => fact.forbidden),
    mixed: (hasChild && !blank) || facts.some((fact) => fact.mixed),
    value: hasChild ? object : blank ? undefined : text,
  };
}

/** A leaf element with plain text (escaped as needed). */
function leaf(name: string, text: string): XmlElement {
  const raw = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  return { name, attributes: '', tagSpace: '', endSpace: '', text: [{ raw, text }] };
}

function parent(name: string, children: XmlElement[], gap = '\n  '): XmlElement {
  const gaps = Array.from({ length: children.length + 1 }, (): Piece[] => [{ raw: gap, text: gap }]);
  return { name, attributes: '', tagSpace: '', endSpace: '', children, gaps };
}

const ciValue = fc.oneof(
  fc.constantFrom('', 'Success', 'Failed', '0', '1', '-1', '3.5', 'true', 'xxxx', 'j8d9c1a2b3', '2022-06-08T15:30:01+0800', '2021-08-05 15:43:55', 'mp4', '数据万象'),
  fc.string({ unit: textChar, maxLength: 12 }),
);
const subtree = xmlTree({ forbiddenWeight: 0, mixed: false, maxDepth: 3 });

/** `<Response><EventName>…</EventName><JobsDetail>…</JobsDetail>…</Response>` and the workflow and moderation shapes. */
const xmlCallback: fc.Arbitrary<XmlElement> = fc
  .record({
    shape: fc.constantFrom('task', 'workflow', 'moderation', 'simple', 'legacy'),
    eventName: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...eventNames) }, fc.string({ unit: textChar, maxLength: 12 })),
    jobs: fc.array(
      fc.record({
        tag: fc.constantFrom(...tags),
        state: fc.constantFrom(...states),
        jobId: ciValue,
        code: ciValue,
        message: ciValue,
        extra: fc.array(subtree, { maxLength: 3 }),
      }),
      { minLength: 0, maxLength: 3 },
    ),
    extra: fc.array(fc.oneof({ weight: 4, arbitrary: subtree }, xmlTree({ forbiddenWeight: 1, mixed: true, maxDepth: 3 })), { maxLength: 2 }),
    values: fc.array(ciValue, { minLength: 6, maxLength: 6 }),
  })
  .map(({ shape, eventName, jobs, extra, values }) => {
    const [a, b, c, d, e, f] = values as [string, string, string, string, string, string];
    const jobElements = jobs.map((job) =>
      parent('JobsDetail', [
        leaf('Code', job.code), leaf('Message', job.message), leaf('JobId', job.jobId), leaf('State', job.state), leaf('Tag', job.tag),
        leaf('CreationTime', a), leaf('EndTime', b), leaf('QueueId', c),
        parent('Input', [leaf('BucketId', d), leaf('Object', e), leaf('Region', f)]),
        parent('Operation', job.extra.length > 0 ? job.extra : [leaf('TemplateId', a)]),
      ]),
    );
    const children: XmlElement[] = [];
    if (shape !== 'legacy' && shape !== 'simple') children.push(leaf('EventName', eventName));
    if (shape === 'task' || shape === 'moderation' || shape === 'legacy') children.push(...jobElements);
    if (shape === 'workflow') {
      children.push(
        parent('WorkflowExecution', [
          leaf('RunId', a), leaf('BucketId', b), leaf('Object', c), leaf('CosHeaders', d), leaf('WorkflowId', e), leaf('WorkflowName', f), leaf('CreateTime', a), leaf('State', jobs[0]?.state ?? 'Success'),
          ...jobs.map((job) => parent('Tasks', [leaf('Type', job.tag), leaf('CreateTime', a), leaf('EndTime', b), leaf('State', job.state), leaf('JobId', job.jobId), leaf('Name', c), leaf('TemplateId', d), leaf('TemplateName', e)])),
        ]),
      );
    }
    if (shape === 'simple') {
      children.push(leaf('code', a), leaf('message', b), parent('data', [leaf('url', c), leaf('result', d), leaf('event', eventName), leaf('forbidden_status', e), leaf('trace_id', f)]));
    }
    children.push(...extra);
    return parent('Response', children);
  });

/**
 * The checks for a well-formed document: never MALFORMED_XML; TOO_DEEP and INVALID_CALLBACK
 * exactly when the model says; otherwise the reader's tree is the model's, the JSON twin of
 * that tree gives the same outcome, and a given EventName is the event's.
 */
function checkWellFormedXml(root: XmlElement, document: string, form: TextForm, options: ParseOptions, tally: Map<string, number>): void {
  const facts = treeFacts(root);
  const outcome = parseOutcome(fromText(document, form), options);
  count(tally, outcome);
  const limit = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (facts.depth > limit) {
    if (!facts.forbidden && !facts.mixed) expectError(outcome, 'TOO_DEEP', `the tree is ${facts.depth} deep, maxDepth ${limit}`);
    else expectCode(outcome, ['TOO_DEEP', 'INVALID_CALLBACK'], 'too deep, with prototype names or mixed content');
    return;
  }
  if (facts.forbidden) return expectError(outcome, 'INVALID_CALLBACK', 'an element is named __proto__, constructor or prototype');
  if (facts.mixed) return expectError(outcome, 'INVALID_CALLBACK', 'an element mixes text with child elements');
  expectCode(outcome, ['INVALID_CALLBACK'], 'well-formed XML within the limits can only fail the schema');

  const read = readXml(document, limit).value;
  if (!isDeepStrictEqual(read, facts.value)) fail(`readXml gave ${JSON.stringify(read)}, the model ${JSON.stringify(facts.value)}`);
  count(tally, '+reader matches the model');

  const value = facts.value;
  if (typeof value !== 'object' || Array.isArray(value)) return;
  const eventName = value.EventName;
  const unwrapped = Object.keys(value).length === 1 && typeof value.Response === 'object' && !Array.isArray(value.Response);
  if (outcome.ok && typeof eventName === 'string' && !unwrapped) {
    if (outcome.event.EventName !== eventName) fail(`EventName ${JSON.stringify(eventName)} became ${JSON.stringify(outcome.event.EventName)}`);
    count(tally, '+EventName kept');
  }
  // The JSON twin: the same tree written as JSON reads into the same tree and the same outcome.
  // Compared under the default maxDepth only, as depth counts differ between the formats by
  // design (a JSON list is a level of its own; an XML leaf element is one too).
  if (options.maxDepth !== undefined) return;
  const twin = JSON.stringify(value);
  const twinRead = readJson(twin, DEFAULT_MAX_DEPTH);
  if (!isDeepStrictEqual(twinRead, value)) fail(`readJson of the twin gave ${JSON.stringify(twinRead)}, expected ${twin}`);
  const twinOutcome = parseOutcome(twin, { ...options, contentType: 'application/json' });
  if (!sameOutcome(outcome, twinOutcome)) fail(`XML and its JSON twin differ: XML → ${describeOutcome(outcome)}; JSON → ${describeOutcome(twinOutcome)}`);
  count(tally, twinOutcome.ok ? '+JSON twin: same event' : '+JSON twin: same error');
}

// ---------------------------------------------------------------------------------------------
// JSON: any JSON text, and callback-shaped objects written by hand (duplicate keys, prototype keys).

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
  value: fc.oneof({ depthSize: 'small', maxDepth: 6 }, jsonScalar.map((raw) => ({ raw })), tie('object'), tie('array')),
  object: fc.array(fc.tuple(jsonKey, tie('value')), { maxLength: 5 }).map((object) => ({ object })),
  array: fc.array(tie('value'), { maxLength: 4 }).map((array) => ({ array })),
}));

function serializeJson(model: JsonModel, space: string): string {
  if ('raw' in model) return model.raw;
  if ('array' in model) return `[${space}${model.array.map((item) => serializeJson(item, space)).join(`,${space}`)}${space}]`;
  return `{${space}${model.object.map(([key, value]) => `${key}${space}:${space}${serializeJson(value, space)}`).join(`,${space}`)}${space}}`;
}

const str = (text: string): JsonModel => ({ raw: JSON.stringify(text) });
const jsonText = fc.oneof(ciValue, fc.constantFrom(...tags), fc.constantFrom(...states)).map(str);
const anyJsonValue = fc.oneof({ weight: 3, arbitrary: jsonText }, { weight: 1, arbitrary: jsonModel });

/** Objects shaped like the four callback kinds, with random values, extra keys, and an optional `{"Response": …}` wrapper. */
const jsonCallback: fc.Arbitrary<{ model: JsonModel; eventName: string | undefined }> = fc
  .record({
    shape: fc.constantFrom('task', 'workflow', 'moderation', 'simple', 'legacy'),
    eventName: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...eventNames) }, fc.string({ maxLength: 10 })),
    jobs: fc.array(
      fc.record({ Code: anyJsonValue, Message: anyJsonValue, JobId: anyJsonValue, State: fc.constantFrom(...states).map(str), Tag: fc.constantFrom(...tags).map(str), CreationTime: anyJsonValue, Operation: jsonModel }),
      { maxLength: 3 },
    ),
    jobsAsObject: fc.boolean(),
    extra: fc.array(fc.tuple(jsonKey.filter((key) => key !== '"EventName"'), jsonModel), { maxLength: 3 }),
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
      const tasks: JsonModel = { array: jobs.map((job) => ({ object: [['"Type"', job.Tag], ['"State"', job.State], ['"JobId"', job.JobId]] })) };
      entries.push(['"WorkflowExecution"', { object: [['"RunId"', a], ['"WorkflowId"', b], ['"Object"', c], ['"State"', d], ['"Tasks"', tasks]] }]);
    }
    if (shape === 'simple') entries.push(['"code"', a], ['"message"', b], ['"data"', { object: [['"event"', str(eventName)], ['"url"', c], ['"result"', d]] }]);
    entries.push(...extra);
    const object: JsonModel = { object: entries };
    const given = shape === 'legacy' || shape === 'simple' || eventName.trim() === '' ? undefined : eventName;
    return { model: wrap ? { object: [['"Response"', object]] } : object, eventName: given };
  });

/** True when some object of the model has one key twice (compared decoded: `"\\u0061"` is `"a"`). */
function hasDuplicateKey(model: JsonModel): boolean {
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
function checkValidJson(text: string, form: TextForm, options: ParseOptions, tally: Map<string, number>, eventName?: string, duplicateKey = false): void {
  const outcome = parseOutcome(fromText(text, form), options);
  count(tally, outcome);
  const parsed: unknown = JSON.parse(text);
  const first = text.trimStart()[0];
  if (isGenericType(options.contentType) && first !== '{' && first !== '[') return expectError(outcome, 'UNSUPPORTED_FORMAT', 'a scalar JSON root is sniffed as neither format');
  // A duplicate key is MALFORMED_JSON (the reader is stricter than JSON.parse there, which also
  // hides the first value's subtree from the facts below): never an event, whichever error comes first.
  if (duplicateKey) {
    if (outcome.ok) fail('expected MALFORMED_JSON for a duplicate key', outcome);
    return expectCode(outcome, ['MALFORMED_JSON', 'TOO_DEEP', 'INVALID_CALLBACK'], 'a duplicate key');
  }
  const facts = jsonFacts(parsed);
  const limit = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (facts.depth > limit) {
    if (facts.forbidden) expectCode(outcome, ['TOO_DEEP', 'INVALID_CALLBACK'], 'too deep, with a prototype key');
    else expectError(outcome, 'TOO_DEEP', `nested ${facts.depth} deep, maxDepth ${limit}`);
    return;
  }
  if (facts.forbidden) return expectError(outcome, 'INVALID_CALLBACK', 'a key is __proto__, constructor or prototype');
  expectCode(outcome, ['INVALID_CALLBACK'], 'valid JSON within the limits can only fail the schema');
  if (outcome.ok && eventName !== undefined) {
    if (outcome.event.EventName !== eventName) fail(`EventName ${JSON.stringify(eventName)} became ${JSON.stringify(outcome.event.EventName)}`);
    count(tally, '+EventName kept');
  }
}

// ---------------------------------------------------------------------------------------------
// The properties.

const corpusIndex = fc.nat({ max: corpus.length - 1 });
const generatedXml = fc.tuple(xmlTree({ forbiddenWeight: 1, mixed: true }), prolog).map(([root, around]) => encode(serializeDocument(root, around)));
const generatedJson = fc.tuple(jsonCallback, space).map(([{ model }, gap]) => encode(serializeJson(model, gap)));

export function fuzzProperties(): FuzzProperty[] {
  return [
    defineProperty('mutations', 'corpus and generated bodies under random byte damage (flip, overwrite, insert, delete, splice, repeat, truncate)', 2500, (tally) =>
      fc.property(
        fc.oneof({ weight: 4, arbitrary: corpusIndex.map((i) => corpus[i]!.bytes) }, generatedXml, generatedJson),
        fc.oneof({ weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 2 }) }, fc.array(mutation, { minLength: 3, maxLength: 8 })),
        byteForm,
        anyOptions,
        (bytes, mutations, form, options) => checkDamaged(mutations.reduce(mutate, bytes), form, options, tally),
      ),
    ),
    defineProperty('splices', 'corpus bodies spliced from slices of other corpus bodies (XML into JSON and back)', 800, (tally) =>
      fc.property(
        corpusIndex,
        fc.array(fc.tuple(corpusIndex, at, fc.nat({ max: 600 }), at, fc.integer({ min: 1, max: 1200 })), { minLength: 1, maxLength: 4 }),
        byteForm,
        fc.record({ contentType: fc.constantFrom(undefined, 'application/xml', 'application/json'), contentVersion, maxDepth: fc.constant(undefined), maxBytes: fc.constant(undefined) }),
        (target, splices, form, options) => {
          let bytes = corpus[target]!.bytes;
          for (const [donor, where, length, from, size] of splices) bytes = mutate(bytes, { op: 'splice', at: where, length, donor, from, size });
          checkDamaged(bytes, form, options, tally);
        },
      ),
    ),
    defineProperty('utf16', 'corpus text with UTF-16 damage (lone surrogates, U+FFFE, NUL, U+2028, any code point) passed as a string', 800, (tally) =>
      fc.property(
        corpusIndex,
        fc.array(fc.tuple(at, fc.oneof(fc.constantFrom('\ud800', '\udfff', '\ud83d', '\ufffe', '\uffff', '\u0000', '\u2028', '\ufeff', '\u0085', '&#xD800;', '<\ud800>'), fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }))), { minLength: 1, maxLength: 4 }),
        anyOptions,
        (i, inserts, options) => {
          let text = new TextDecoder().decode(corpus[i]!.bytes);
          for (const [where, insert] of inserts) {
            const k = where % (text.length + 1);
            text = text.slice(0, k) + insert + text.slice(k);
          }
          count(tally, parseOutcome(text, options));
        },
      ),
    ),
    defineProperty('xml-trees', 'random well-formed XML trees (corpus, random, Unicode and prototype names; entities, references, CDATA, comments, PIs, attributes)', 1500, (tally) =>
      fc.property(xmlTree({ forbiddenWeight: 1, mixed: true }), prolog, textForm, xmlOptions, (root, around, form, options) =>
        checkWellFormedXml(root, serializeDocument(root, around), form, options, tally),
      ),
    ),
    defineProperty('xml-callbacks', 'random XML callbacks: <Response><EventName>…</EventName><JobsDetail>… and the workflow, moderation and legacy shapes', 1200, (tally) =>
      fc.property(xmlCallback, prolog, textForm, xmlOptions, (root, around, form, options) => checkWellFormedXml(root, serializeDocument(root, around), form, options, tally)),
    ),
    defineProperty('json-texts', 'random JSON texts (fc.json, any value and string unit)', 1500, (tally) =>
      fc.property(
        fc.oneof(fc.json({ depthSize: 'small' }), fc.json({ depthSize: 'medium', stringUnit: 'binary' }), fc.jsonValue({ depthSize: 'small' }).map((value) => JSON.stringify(value, null, 2))),
        textForm,
        jsonOptions,
        (text, form, options) => checkValidJson(text, form, options, tally),
      ),
    ),
    defineProperty('json-callbacks', 'random callback-shaped JSON (duplicate and prototype keys, edge numbers, Response wrapper)', 1500, (tally) =>
      fc.property(jsonCallback, space, textForm, jsonOptions, ({ model, eventName }, gap, form, options) =>
        checkValidJson(serializeJson(model, gap), form, options, tally, eventName, hasDuplicateKey(model)),
      ),
    ),
  ];
}
