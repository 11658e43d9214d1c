// A cut-off callback is never taken for a valid one: every proper prefix (a truncation at every
// byte offset) of every well-formed corpus body is rejected with a CallbackError that says the
// body is broken or empty — never parsed into a (smaller) event, never another exception.
//
// One test per body, the loop inside. Prefixes are bytes, parsed with the Content-Type the
// format has: a cut inside a multi-byte UTF-8 character must be MALFORMED_XML/MALFORMED_JSON
// for the invalid UTF-8 itself (strict decoding, no U+FFFD standing in).
//
// A cut that removes only trailing whitespace leaves a complete document behind, which must
// then read exactly as the whole body does (one corpus body ends in a newline).

import { isCallbackError, parseCallback } from '@wanxiang/core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBody, loadManifest } from '../../../test/corpus/load.js';

const entries = loadManifest().filter((entry) => entry.wellFormed);
const xmlEntries = entries.filter((entry) => entry.format === 'xml');
const jsonEntries = entries.filter((entry) => entry.format === 'json');

type Format = 'xml' | 'json';
type Mode = 'declared' | 'sniffed';
type Outcome = { event: unknown } | { code: string; message: string };

const contentTypes: Record<Format, string> = { xml: 'application/xml', json: 'application/json' };
const brokenCode: Record<Format, string> = { xml: 'MALFORMED_XML', json: 'MALFORMED_JSON' };

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** A UTF-8 continuation byte: a cut just before it splits a multi-byte character. */
const isContinuation = (byte: number | undefined) => byte !== undefined && (byte & 0xc0) === 0x80;

/** Length of the body without its trailing whitespace: shorter cuts leave an incomplete document. */
function contentEnd(bytes: Uint8Array): number {
  let end = bytes.length;
  while (end > 0 && isSpace(bytes[end - 1]!)) end--;
  return end;
}

/** The outcome of one parse as comparable data: the event, or the error's code and message. */
function outcome(body: Uint8Array, mode: Mode, format: Format): Outcome {
  try {
    return { event: parseCallback(body, { contentType: mode === 'declared' ? contentTypes[format] : undefined }) };
  } catch (error) {
    if (!isCallbackError(error)) throw error;
    return { code: error.code, message: error.message };
  }
}

const totals = {
  xml: { bodies: 0, bytes: 0, parses: 0, splitCharacters: 0, trailingSpaceCuts: 0 },
  json: { bodies: 0, bytes: 0, parses: 0, splitCharacters: 0, trailingSpaceCuts: 0 },
};

function checkEveryPrefix(file: string, format: Format): void {
  const body = loadBody(file);
  const complete = contentEnd(body);
  // Without a Content-Type the first non-whitespace byte picks the format; past it a sniffed
  // parse reads exactly as a declared one, so sniffing is checked up to that byte only.
  const sniffUntil = body.findIndex((byte) => !isSpace(byte)) + 1;
  const full: Record<Mode, Outcome> = { declared: outcome(body, 'declared', format), sniffed: outcome(body, 'sniffed', format) };
  const failures: string[] = [];
  let parses = 0;
  for (let cut = 0; cut < body.length && failures.length <= 10; cut++) {
    const prefix = body.subarray(0, cut);
    for (const mode of cut <= sniffUntil ? (['declared', 'sniffed'] as const) : (['declared'] as const)) {
      let result: Outcome;
      try {
        result = outcome(prefix, mode, format);
      } catch (error) {
        failures.push(`cut ${cut} (${mode}): not a CallbackError: ${error instanceof Error ? error.stack : String(error)}`);
        continue;
      }
      parses++;
      if (cut >= complete) {
        // Only trailing whitespace is missing: the document is whole and must read the same.
        totals[format].trailingSpaceCuts++;
        if (JSON.stringify(result) !== JSON.stringify(full[mode])) failures.push(`cut ${cut} (${mode}): differs from the whole body`);
      } else if ('event' in result) {
        failures.push(`cut ${cut} (${mode}): a truncated body was accepted as ${JSON.stringify(result.event).slice(0, 100)}…`);
      } else if (result.code !== brokenCode[format] && result.code !== 'EMPTY_BODY') {
        failures.push(`cut ${cut} (${mode}): ${result.code}: ${result.message}`);
      } else if (isContinuation(body[cut])) {
        if (!result.message.includes('UTF-8')) failures.push(`cut ${cut} (${mode}): split character not reported as invalid UTF-8: ${result.message}`);
        if (mode === 'declared') totals[format].splitCharacters++;
      }
    }
  }
  expect(failures, `${file}: prefixes not rejected as broken`).toEqual([]);
  expect(parses).toBe(body.length + Math.min(sniffUntil + 1, body.length));
  totals[format].bodies++;
  totals[format].bytes += body.length;
  totals[format].parses += parses;
}

describe('every proper prefix of every well-formed corpus body is rejected', () => {
  it('the corpus has the well-formed bodies of both formats this relies on', () => {
    expect(xmlEntries.length).toBeGreaterThanOrEqual(41);
    expect(jsonEntries.length).toBeGreaterThanOrEqual(51);
  });

  describe('XML: MALFORMED_XML or EMPTY_BODY at every byte offset', () => {
    for (const entry of xmlEntries) it(entry.file, () => checkEveryPrefix(entry.file, 'xml'));
  });

  describe('JSON: MALFORMED_JSON or EMPTY_BODY at every byte offset', () => {
    for (const entry of jsonEntries) it(entry.file, () => checkEveryPrefix(entry.file, 'json'));
  });

  it('a cut inside a multi-byte character is invalid UTF-8 (MALFORMED_XML / MALFORMED_JSON), not U+FFFD', () => {
    // 数 is three bytes: cutting after its first or second byte leaves an incomplete sequence.
    const xml = new TextEncoder().encode('<Response><EventName>数据万象</EventName></Response>');
    const json = new TextEncoder().encode('{"EventName":"数据万象"}');
    for (const [body, format] of [
      [xml, 'xml'],
      [json, 'json'],
    ] as const) {
      const start = body.indexOf(0xe6);
      for (const cut of [start + 1, start + 2]) {
        for (const mode of ['declared', 'sniffed'] as const) {
          expect(outcome(body.subarray(0, cut), mode, format)).toEqual({ code: brokenCode[format], message: 'The body is not valid UTF-8' });
        }
      }
    }
  });

  afterAll(() => {
    const line = (format: Format) => {
      const t = totals[format];
      return `${format.toUpperCase()}: ${t.bodies} bodies, ${t.bytes} prefixes, ${t.parses} parses (${t.splitCharacters} cuts inside a character, ${t.trailingSpaceCuts} cuts of trailing whitespace only)`;
    };
    console.info(`prefix.test — ${line('xml')}; ${line('json')}`);
  });
});
