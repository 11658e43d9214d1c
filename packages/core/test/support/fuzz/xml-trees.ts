// Well-formed XML trees, a serializer, a reference model of what the XML reader makes of them,
// and the oracle for a well-formed document.
import { isDeepStrictEqual } from 'node:util';
import { DEFAULT_MAX_DEPTH, type ParseOptions } from '@wanxiang/core';
import fc from 'fast-check';
import { readJson } from '../../../src/json.js';
import type { RawValue } from '../../../src/raw.js';
import { readXml } from '../../../src/xml.js';
import { fromText, type TextForm } from './body-forms.js';
import { ciNames, forbiddenNames, prototypeMethodNames } from './corpus.js';
import { describeOutcome, expectCode, expectError, fail, parseOutcome, sameOutcome } from './outcome.js';
import { count } from './property.js';

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
export const textChar = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...'abcXYZ019 _-.:;,/?=!#%()*+[]{}|~`"\'>\t\n\r') },
  { weight: 2, arbitrary: fc.integer({ min: 0x80, max: 0xd7ff }).map((code) => String.fromCodePoint(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xe000, max: 0xfffd }).map((code) => String.fromCodePoint(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((code) => String.fromCodePoint(code)) },
  { weight: 1, arbitrary: fc.constantFrom('数', '据', '万', '象', '😀', 'é', '\u0085', '\u00a0', '\u3000', '\u2028', '\ufeff') },
);

const plainText = fc.string({ unit: textChar, maxLength: 24 }).map((text): Piece => ({ raw: text.replaceAll(']]>', ']]&gt;'), text }));
const entity = fc.constantFrom<Piece>({ raw: '&amp;', text: '&' }, { raw: '&lt;', text: '<' }, { raw: '&gt;', text: '>' }, { raw: '&quot;', text: '"' }, { raw: '&apos;', text: "'" });
const xmlCodePoint = fc.oneof(
  fc.constantFrom(0x9, 0xa, 0xd, 0x20, 0x3c, 0x26, 0x5d, 0xd7ff, 0xe000, 0xfffd, 0x10000, 0x10ffff),
  fc.integer({ min: 0x20, max: 0xd7ff }),
  fc.integer({ min: 0xe000, max: 0xfffd }),
  fc.integer({ min: 0x10000, max: 0x10ffff }),
);
/** `&#N;` / `&#xH;` with up to two leading zeros (longer references: see the known-bug test). */
const charReference = fc.tuple(xmlCodePoint, fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 2 })).map(([code, hex, upper, zeros]): Piece => {
  const digits = hex ? code.toString(16) : String(code);
  return { raw: `&#${hex ? 'x' : ''}${'0'.repeat(zeros)}${upper ? digits.toUpperCase() : digits};`, text: String.fromCodePoint(code) };
});
const cdata = fc
  .string({ unit: fc.oneof(textChar, fc.constantFrom('<', '&', ']', '<![CDATA[', '&amp;')), maxLength: 16 })
  .filter((text) => !text.includes(']]>') && !text.endsWith(']') && !text.endsWith(']]'))
  .map((text): Piece => ({ raw: `<![CDATA[${text}]]>`, text }));
const comment = fc
  .string({ unit: fc.constantFrom(...'abc <>&"\'数 -'), maxLength: 12 })
  .filter((text) => !text.includes('--') && !text.endsWith('-'))
  .map((text): Piece => ({ raw: `<!--${text}-->`, text: '' }));
const processingInstruction = fc
  .tuple(fc.constantFrom('pi', 'xml-stylesheet', 'php', 'target.x'), fc.string({ unit: fc.constantFrom(...'ab <>?=" '), maxLength: 10 }))
  .filter(([, data]) => !data.includes('?>') && !data.endsWith('?'))
  .map(([target, data]): Piece => ({ raw: `<?${target}${data === '' ? '' : ` ${data}`}?>`, text: '' }));
export const space = fc.constantFrom('', ' ', '\n', '\n  ', '\t', '\r\n', '  \n\t');
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
export const prolog = fc.record({
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

/**
 * The checks for a well-formed document: never MALFORMED_XML; TOO_DEEP and INVALID_CALLBACK
 * exactly when the model says; otherwise the reader's tree is the model's, the JSON twin of
 * that tree gives the same outcome, and a given EventName is the event's.
 */
export function checkWellFormedXml(root: XmlElement, document: string, form: TextForm, options: ParseOptions, tally: Map<string, number>): void {
  const facts = treeFacts(root);
  const outcome = parseOutcome(fromText(document, form), options);
  count(tally, outcome);
  const limit = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (facts.depth > limit) {
    if (!facts.forbidden && !facts.mixed) expectError(outcome, 'TOO_DEEP', `the tree is ${facts.depth} deep, maxDepth ${limit}`);
    else expectCode(outcome, ['TOO_DEEP', 'INVALID_CALLBACK'], 'too deep, with prototype names or mixed content');
    return;
  }
  if (facts.forbidden) {
    expectError(outcome, 'INVALID_CALLBACK', 'an element is named __proto__, constructor or prototype');
    return;
  }
  if (facts.mixed) {
    expectError(outcome, 'INVALID_CALLBACK', 'an element mixes text with child elements');
    return;
  }
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
