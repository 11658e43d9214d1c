// The benchmark bodies: three real callbacks from the corpus (@wanxiang/fixtures, built by
// `npm run build`), their real JSON twins (twins.json) where one exists, and a large
// SpeechRecognition callback generated from the real 9 KB one, deterministically (same bytes on
// every run).
import { fileURLToPath } from 'node:url';
import { getFixture, twinsOf } from '@wanxiang/fixtures';

/** The raw corpus files (packages/fixtures/corpus); bundle.mjs reads tags.json there. */
export const CORPUS = fileURLToPath(new URL('../packages/fixtures/corpus', import.meta.url));

/** Number of `<Words>` entries in the generated large body. */
export const LARGE_WORDS = 20_000;

const SOURCES = [
  { id: 'nr-1k', label: 'NoiseReduction seed', xml: 'task/NoiseReduction/seed-noise-reduction-xml-joblevel.xml' },
  { id: 'wf-1.6k', label: 'WorkflowFinish schema', xml: 'workflow/WorkflowFinish/workflow-finish-schema.xml' },
  { id: 'sr-9k', label: 'SpeechRecognition wf-triggered', xml: 'task/SpeechRecognition/speech-recognition-workflow-triggered.xml' },
];
const LARGE_FROM = 'sr-9k';

/** A body as a fresh string decoded from its bytes, as a file read or `request.text()` gives it. */
const read = (file) => new TextDecoder().decode(getFixture(file).bytes());

/** The JSON twin of an XML body, from twins.json only; the first listed when there are several. */
function twinOf(xmlFile) {
  return twinsOf(xmlFile)[0]?.file;
}

// Each generated entry is one of the 22 real entries (cycled), with its offsets moved on by the
// length of the real utterance per cycle, so timestamps keep growing as in a long recording.
const CYCLE_MS = 14_745;

/** Offsets and word of every real `<Words>` entry, in order. */
function realWords(xml) {
  const words = [];
  for (const [, inner] of xml.matchAll(/<Words>([\s\S]*?)<\/Words>/g)) {
    const field = (name) => inner.match(new RegExp(`<${name}>([^<]*)</${name}>`))[1];
    words.push({ OffsetEndMs: +field('OffsetEndMs'), OffsetStartMs: +field('OffsetStartMs'), VoiceType: field('VoiceType'), Word: field('Word') });
  }
  if (words.length === 0) throw new Error('bench: no <Words> entries in the SpeechRecognition body');
  return words;
}

function* generatedWords(real, count) {
  for (let i = 0; i < count; i++) {
    const w = real[i % real.length];
    const shift = Math.floor(i / real.length) * CYCLE_MS;
    yield { OffsetEndMs: String(w.OffsetEndMs + shift), OffsetStartMs: String(w.OffsetStartMs + shift), VoiceType: w.VoiceType, Word: w.Word };
  }
}

/**
 * The real SR body with the `<Words>` entries of its ResultDetail replaced by `count` entries,
 * one per line without indentation (the real body's layout, 5 indented lines per entry, would
 * make 20,000 entries ~5.2 MB, over the parser's default 4 MiB limit), and `<WordsNum>` updated.
 */
export function largeXml(xml, count = LARGE_WORDS) {
  const real = realWords(xml);
  const first = xml.indexOf('<Words>');
  const last = xml.lastIndexOf('</Words>') + '</Words>'.length;
  const lines = [];
  for (const w of generatedWords(real, count)) {
    lines.push(`<Words><OffsetEndMs>${w.OffsetEndMs}</OffsetEndMs><OffsetStartMs>${w.OffsetStartMs}</OffsetStartMs><VoiceType>${w.VoiceType}</VoiceType><Word>${w.Word}</Word></Words>`);
  }
  return (xml.slice(0, first) + lines.join('\n') + xml.slice(last)).replace(/<WordsNum>\d+<\/WordsNum>/, `<WordsNum>${count}</WordsNum>`);
}

/** The same generation on the real JSON twin: its `Words` array, one compact entry per line. */
export function largeJson(json, xml, count = LARGE_WORDS) {
  const real = realWords(xml);
  const start = json.indexOf('"Words": [');
  if (start < 0) throw new Error('bench: no "Words" array in the SpeechRecognition JSON twin');
  const end = json.indexOf(']', start) + 1;
  const lines = [];
  for (const w of generatedWords(real, count)) lines.push(JSON.stringify(w));
  return `${json.slice(0, start)}"Words": [\n${lines.join(',\n')}\n]${json.slice(end)}`.replace(/"WordsNum": "\d+"/, `"WordsNum": "${count}"`);
}

/**
 * A string built by concatenation is a rope (ConsString) in V8; decoding its UTF-8 gives the flat
 * string a server gets from `request.text()` or a file read, like the corpus bodies.
 */
const flat = (text) => Buffer.from(text, 'utf8').toString('utf8');

/**
 * Every body: `{ id, label, xml, json, xmlFile, jsonFile, large }`; `json` is null when the
 * corpus has no twin (shown as "—").
 */
export function loadBodies() {
  const bodies = SOURCES.map((source) => {
    const jsonFile = twinOf(source.xml) ?? null;
    return { id: source.id, label: source.label, xmlFile: source.xml, jsonFile, xml: read(source.xml), json: jsonFile ? read(jsonFile) : null, large: false };
  });
  const base = bodies.find((body) => body.id === LARGE_FROM);
  const xml = flat(largeXml(base.xml));
  const mb = (Buffer.byteLength(xml) / 1e6).toFixed(1);
  bodies.push({
    id: `sr-${mb}M`,
    label: `SpeechRecognition ×${LARGE_WORDS.toLocaleString('en-US')} Words (generated)`,
    xmlFile: `generated from ${base.xmlFile}`,
    jsonFile: base.jsonFile ? `generated from ${base.jsonFile}` : null,
    xml,
    json: base.json ? flat(largeJson(base.json, base.xml)) : null,
    large: true,
  });
  for (const body of bodies) {
    body.xmlBytes = Buffer.byteLength(body.xml);
    body.jsonBytes = body.json === null ? null : Buffer.byteLength(body.json);
    body.xmlElements = body.xml.match(/<[A-Za-z]/g).length;
  }
  return bodies;
}
