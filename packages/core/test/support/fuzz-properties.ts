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
import fc from 'fast-check';
import { anyOptions, byteForm, contentVersion, jsonOptions, textForm, xmlOptions } from './fuzz/body-forms.js';
import { at, checkDamaged, encode, mutate, mutation } from './fuzz/byte-damage.js';
import { corpus } from './fuzz/corpus.js';
import { checkValidJson, hasDuplicateKey, jsonCallback, serializeJson } from './fuzz/json-bodies.js';
import { parseOutcome } from './fuzz/outcome.js';
import { count, defineProperty, type FuzzProperty } from './fuzz/property.js';
import { xmlCallback } from './fuzz/xml-callbacks.js';
import { checkWellFormedXml, prolog, serializeDocument, space, xmlTree } from './fuzz/xml-trees.js';

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
        fc.array(
          fc.tuple(
            at,
            fc.oneof(
              fc.constantFrom('\ud800', '\udfff', '\ud83d', '\ufffe', '\uffff', '\u0000', '\u2028', '\ufeff', '\u0085', '&#xD800;', '<\ud800>'),
              fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
            ),
          ),
          { minLength: 1, maxLength: 4 },
        ),
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
        fc.oneof(
          fc.json({ depthSize: 'small' }),
          fc.json({ depthSize: 'medium', stringUnit: 'binary' }),
          fc.jsonValue({ depthSize: 'small' }).map((value) => JSON.stringify(value, null, 2)),
        ),
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
