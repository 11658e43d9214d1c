import { describe, expect, it } from 'vitest';
import { MAX_PATH_SEGMENTS } from '../src/xml/path.js';
import { readXml } from '../src/xml.js';
import { callbackErrorOf } from './support/error-code.js';

const huge = 'N'.repeat(4 * 1024 * 1024);
const read = (xml: string) => callbackErrorOf(() => readXml(xml, 64));

// A body must not choose the length of the messages and paths it causes: they reach logs and
// HTTP answers. Every name quoted goes through excerpt() (64 characters and a count).
describe('readXml bounds the body text its errors quote', () => {
  it.each([
    ['an unclosed element', `<${huge}>`],
    ['a mismatched end tag', `<a>1</${huge}>`],
    ['an end tag that matches nothing', `<a/></${huge}>`],
    ['an end tag with an attribute', `<${huge}></${huge} x="1">`],
    ['a second root', `<a/><${huge}/>`],
    ['a bad character after a long name', `<${huge}\u00D7/>`],
    ['a duplicate long attribute', `<a ${huge}="1" ${huge}="2"/>`],
    ['an attribute without "="', `<a ${huge}/>`],
    ['a long PI target followed by garbage', `<?${huge}?x?><a/>`],
    ['a reserved PI target', '<a/><?XmL?>'],
    ['a long version', `<?xml version="${huge}"?><a/>`],
    ['a long encoding', `<?xml version="1.0" encoding="x${huge}"?><a/>`],
    ['a long undefined entity in an attribute', `<a x="&${'e'.repeat(11)};"/>`],
    ['a long invalid character reference', `<a>&#x${'F'.repeat(1_000_000)};</a>`],
  ])('keeps the message short for %s', (_, xml) => {
    const error = read(xml);
    expect(error.code).toBe('MALFORMED_XML');
    expect(error.message.length).toBeLessThan(400);
    expect(error.issues.every((issue) => issue.message.length < 400 && issue.path.length < 400)).toBe(true);
  });

  it('keeps mixed content messages short and the path bounded', () => {
    const error = read(`<r><${huge}>x<b>1</b></${huge}></r>`);
    expect(error.code).toBe('INVALID_CALLBACK');
    expect(error.message.length).toBeLessThan(400);
    expect(error.issues[0]!.path).toMatch(/^N{64}… \(\d+ more characters\)$/);
  });

  it('excerpts each hostile segment of a prototype-name path', () => {
    const error = read(`<r><${huge}><${huge}><prototype>1</prototype></${huge}></${huge}></r>`);
    expect(error.code).toBe('INVALID_CALLBACK');
    const segments = error.issues[0]!.path.split('.');
    expect(segments).toHaveLength(3);
    expect(segments[2]).toBe('prototype');
    expect(error.issues[0]!.path.length).toBeLessThan(300);
  });

  it(`keeps the first 8 and last ${MAX_PATH_SEGMENTS - 9} segments of a deep path around "…"`, () => {
    const names = Array.from({ length: 60 }, (_, i) => `n${i}`);
    const xml = `<r>${names.map((name) => `<${name}>`).join('')}<__proto__/>${[...names]
      .reverse()
      .map((name) => `</${name}>`)
      .join('')}</r>`;
    const path = read(xml).issues[0]!.path;
    expect(path).toBe([...names.slice(0, 8), '…', ...names.slice(-6), '__proto__'].join('.'));
    expect(path.split('.')).toHaveLength(MAX_PATH_SEGMENTS);
  });

  it('escapes control characters a name cannot hold but a message could show', () => {
    // U+2028 cannot be in a name; the reader names it by code point, never raw.
    const error = read('<a\u2028/>');
    expect(error.message).not.toContain('\u2028');
  });
});
