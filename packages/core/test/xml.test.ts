import { describe, expect, it } from 'vitest';
import { CallbackError } from '../src/errors.js';
import { readXml } from '../src/xml.js';
import { codeOf } from './support/error-code.js';

const read = (xml: string, maxDepth = 64) => readXml(xml, maxDepth);

describe('readXml builds the raw tree', () => {
  it('turns leaves into text and containers into objects', () => {
    expect(read('<Response><A>1</A><B><C>x</C></B></Response>')).toEqual({ root: 'Response', value: { A: '1', B: { C: 'x' } } });
  });

  it('turns repeated elements into a list in document order', () => {
    expect(read('<R><T>1</T><U>u</U><T>2</T><T>3</T></R>').value).toEqual({ T: ['1', '2', '3'], U: 'u' });
  });

  it('leaves out empty and whitespace-only elements, and containers left empty', () => {
    expect(read('<R><Message/><Empty></Empty><Blank>  \n </Blank><Box><In/></Box><K>v</K></R>').value).toEqual({ K: 'v' });
  });

  it('decodes the five predefined entities and numeric character references', () => {
    expect(read('<R><A>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#20013;&#x6587; &#x1F600;</A></R>').value).toEqual({
      A: '<a> & "b" \'c\' 中文 😀',
    });
  });

  it('keeps CDATA text verbatim, including markup and entity-like text', () => {
    expect(read('<R><A><![CDATA[<b>&amp;</b>]]></A><B>x<![CDATA[y]]>z</B></R>').value).toEqual({ A: '<b>&amp;</b>', B: 'xyz' });
  });

  it('keeps leaf text exactly, inner whitespace included', () => {
    expect(read('<R><A> two  words </A></R>').value).toEqual({ A: ' two  words ' });
  });

  it('skips the XML declaration, comments and processing instructions', () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><?pi x?><R><!-- inner --><A>1</A><?pi?></R><!-- after -->\n';
    expect(read(xml).value).toEqual({ A: '1' });
  });

  it('reads and drops attributes', () => {
    expect(read('<R xmlns="urn:x" a=\'1\'><A b="2">v</A><E c="3"/></R>').value).toEqual({ A: 'v' });
  });

  it('accepts CRLF line endings and tabs between elements', () => {
    expect(read('<R>\r\n\t<A>1</A>\r\n</R>').value).toEqual({ A: '1' });
  });

  it('does not resolve names through the prototype chain', () => {
    expect(read('<R><toString>x</toString><hasOwnProperty>y</hasOwnProperty></R>').value).toEqual({ toString: 'x', hasOwnProperty: 'y' });
  });
});

describe('readXml rejects what is not well-formed', () => {
  it.each([
    ['a truncated document', '<Response><Code>Succ'],
    ['a document cut inside a tag', '<Response><Code'],
    ['a document cut inside an end tag', '<Response><Code>1</Co'],
    ['a mismatched end tag', '<a>x</abc>'],
    ['the corpus typo </MeidaInfo>', '<R><MediaInfo><X>1</X></MeidaInfo></R>'],
    ['two root elements', '<a>1</a><b>2</b>'],
    ['text after the root', '<a>1</a>trailing'],
    ['JSON text', '{"EventName":"TaskFinish"}'],
    ['an end tag without a start', '</a>'],
    ['a bare ampersand', '<a>x & y</a>'],
    ['an undefined entity', '<a>&nbsp;</a>'],
    ['a character reference to NUL', '<a>&#0;</a>'],
    ['a DOCTYPE', '<!DOCTYPE a><a>1</a>'],
    ['an unterminated comment', '<a><!-- x </a>'],
    ['an unterminated CDATA section', '<a><![CDATA[x</a>'],
    ['an unquoted attribute', '<a b=1>x</a>'],
    ['an invalid element name', '<1a>x</1a>'],
    ['an XML declaration after the start', ' <?xml version="1.0"?><a/>'],
    ['an empty document', '   '],
    ['a NUL character in text', '<a>x\u0000y</a>'],
    ['a control character between elements', '<a>\u0007<b>1</b></a>'],
  ])('rejects %s with MALFORMED_XML', (_, xml) => {
    expect(codeOf(() => read(xml))).toBe('MALFORMED_XML');
  });

  it('names the position of the fault', () => {
    expect(() => read('<a>\n  <b>x</c>\n</a>')).toThrow(/line 2, column 7/);
  });

  it('rejects entity declarations without expanding anything', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><lolz>&lol2;</lolz>';
    expect(() => read(laughs)).toThrow(/DOCTYPE declarations are not allowed/);
  });
});

describe('readXml bounds depth and names', () => {
  it('reads nesting up to maxDepth', () => {
    expect(read('<a><b><c>1</c></b></a>', 3).value).toEqual({ b: { c: '1' } });
  });

  it('rejects nesting beyond maxDepth with TOO_DEEP', () => {
    expect(codeOf(() => read('<a><b><c>1</c></b></a>', 2))).toBe('TOO_DEEP');
  });

  it('rejects 100,000 nested elements with TOO_DEEP, without overflowing the stack', () => {
    const deep = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    expect(codeOf(() => read(deep))).toBe('TOO_DEEP');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects an element named %s with INVALID_CALLBACK at its path', (name) => {
    try {
      read(`<Response><JobsDetail><${name}><x>1</x></${name}></JobsDetail></Response>`);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CallbackError);
      expect((error as CallbackError).code).toBe('INVALID_CALLBACK');
      expect((error as CallbackError).issues[0]!.path).toBe(`JobsDetail.${name}`);
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('rejects text mixed with child elements', () => {
    expect(codeOf(() => read('<R><A>text<B>1</B></A></R>'))).toBe('INVALID_CALLBACK');
  });
});
