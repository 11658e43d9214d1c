import { describe, expect, it } from 'vitest';
import { readXml } from '../src/xml.js';
import { callbackErrorOf, codeOf } from './support/error-code.js';

const read = (xml: string) => readXml(xml, 64);

// One regression per rule of XML 1.0 well-formedness the reader once got wrong; the
// differential test (xml-differential.test.ts) covers the class, these name each case.
describe('readXml rejects what XML 1.0 does not allow', () => {
  it.each([
    ['"--" inside a comment', '<a><!-- a -- b --></a>'],
    ['a comment ending "--->"', '<a><!-- a ---></a>'],
    ['a comment "<!--->"', '<a><!---></a>'],
    ['a PI without a target "<?>"', '<a><?></a>'],
    ['a PI without a target "<? x?>"', '<a><? x?></a>'],
    ['a PI target "xml" after the start', '<a/><?xml x?>'],
    ['a PI target "XML" at the start', '<?XML version="1.0"?><a/>'],
    ['a PI target "xMl" inside the root', '<a><?xMl?></a>'],
    ['a PI target followed by "?" but not ">"', '<?pi?x?><a/>'],
    ['a PI target followed by ","', '<?pi,x?><a/>'],
    ['a declaration without version', '<?xml encoding="UTF-8"?><a/>'],
    ['a declaration "<?xml?>"', '<?xml?><a/>'],
    ['a declaration with version 2.0', '<?xml version="2.0"?><a/>'],
    ['a declaration with version "1."', '<?xml version="1."?><a/>'],
    ['a declaration with encoding before version', '<?xml encoding="UTF-8" version="1.0"?><a/>'],
    ['a declaration with standalone before encoding', '<?xml version="1.0" standalone="yes" encoding="UTF-8"?><a/>'],
    ['a declaration with standalone="YES"', '<?xml version="1.0" standalone="YES"?><a/>'],
    ['a declaration with an unknown pseudo-attribute', '<?xml version="1.0" foo="x"?><a/>'],
    ['a declaration without whitespace between parts', '<?xml version="1.0"encoding="UTF-8"?><a/>'],
    ['a declaration with mismatched quotes', `<?xml version='1.0"?><a/>`],
    ['a declaration naming another encoding', '<?xml version="1.0" encoding="GBK"?><a/>'],
    ['duplicate attributes', '<a x="1" x="2"/>'],
    ['duplicate attributes among many', '<a x="1" y="2" z="3" y="4"/>'],
    ['an undefined entity in an attribute value', '<a x="&nbsp;"/>'],
    ['a bare "&" in an attribute value', '<a x="a & b"/>'],
    ['"<" in an attribute value', '<a x="<"/>'],
    ['attributes not separated by whitespace', '<a x="1"y="2"/>'],
    ['"]]>" in text', '<a>x]]>y</a>'],
    ['"]]>" in the text of an element with children', '<a><b>1</b>]]></a>'],
    ['"&#X41;" (an upper-case X)', '<a>&#X41;</a>'],
    ['"&#x;"', '<a>&#x;</a>'],
    ['a reference to a surrogate', '<a>&#xD800;</a>'],
    ['a reference beyond U+10FFFF', '<a>&#x110000;</a>'],
    ['a reference without ";"', '<a>&amp</a>'],
    ['"·" (U+00B7, a NameChar) starting a name', '<\u00B7a/>'],
    ['"\u0300" (a combining mark) starting a name', '<\u0300/>'],
    ['"×" (U+00D7) in a name', '<a\u00D7b/>'],
    ['"÷" (U+00F7) in a name', '<a\u00F7/>'],
    ['U+037E in a name', '<a\u037E/>'],
    ['U+2000 in a name', '<a\u2000/>'],
    ['U+3000 in a name', '<a\u3000/>'],
    ['U+F0000 (plane 15) in a name', '<a\u{F0000}/>'],
    ['a name starting with a digit', '<1a/>'],
    ['"<a/ >"', '<a/ >'],
    ['"</ a>"', '<a></ a>'],
    ['an attribute on an end tag', '<a></a x="1">'],
    ['"/" in an end tag', '<a></a/>'],
    ['CDATA before the root', '<![CDATA[x]]><a/>'],
    ['CDATA after the root', '<a/><![CDATA[x]]>'],
    ['a character reference after the root', '<a/>&#32;'],
    ['text before the root', 'x<a/>'],
    ['a second root', '<a/><b/>'],
    ['a lone surrogate', '<a>\uD800x</a>'],
    ['a lone low surrogate in an attribute', '<a x="\uDC00"/>'],
    ['U+FFFE', '<a>\uFFFE</a>'],
    ['a byte order mark before the declaration (readBody drops only the first)', '\uFEFF<?xml version="1.0"?><a/>'],
  ])('rejects %s with MALFORMED_XML', (_, xml) => {
    expect(codeOf(() => read(xml))).toBe('MALFORMED_XML');
  });

  it('rejects every code unit XML 1.0 forbids, in one-byte and two-byte text, naming the first one', () => {
    const units = [...Array.from({ length: 0x20 }, (_, c) => c).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d), 0xfffe, 0xffff];
    for (const c of units) {
      const name = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
      for (const around of ['x', '中']) {
        expect(() => read(`<a>${around}${String.fromCharCode(c)}${around}</a>`)).toThrow(`the character ${name} is not allowed in XML`);
      }
    }
    expect(() => read('<a>\u0001\uFFFF</a>')).toThrow('the character U+0001 ');
    expect(() => read('<a>\uFFFF\u0001</a>')).toThrow('the character U+FFFF ');
    expect(read('<a>\t\n中\uFFFD</a>').value).toBe('\t\n中\uFFFD');
  });

  it.each([
    ['a comment "<!---->"', '<a><!---->1</a>', '1'],
    ['a comment with single dashes', '<a><!-- - a - b - -->1</a>', '1'],
    ['PIs whose target starts with "xml"', '<?xml-stylesheet href="x"?><a><?xmlfoo?>1</a>', '1'],
    ['a PI target with a colon', '<?a:b x?><a>1</a>', '1'],
    ['a full declaration', `<?xml version='1.1' encoding="utf-8" standalone='no' ?>\n<a>1</a>`, '1'],
    ['"<a />", "</a >" and "</a\\n>"', '<r><a>1</a ><b /><c>2</c\n></r>', { a: '1', c: '2' }],
    ['"]]" and ">" apart in text', '<a>]] > ]]&gt;</a>', ']] > ]]>'],
    ['">" and "]]>" inside attribute values', '<a x="]]>" y=\'>\'>1</a>', '1'],
    [
      'names from the edges of the name table',
      '<\u00C0\u02FF\u0370\u037D\u037F\u1FFF\u200C\u200D\u2070\u218F\u2C00\u2FEF\u3001\uD7FF\uF900\uFDCF\uFDF0\uFFFD\u{10000}\u{EFFFF}\u00B7\u0300\u036F\u203F\u2040-.9>1</\u00C0\u02FF\u0370\u037D\u037F\u1FFF\u200C\u200D\u2070\u218F\u2C00\u2FEF\u3001\uD7FF\uF900\uFDCF\uFDF0\uFFFD\u{10000}\u{EFFFF}\u00B7\u0300\u036F\u203F\u2040-.9>',
      '1',
    ],
  ])('accepts %s', (_, xml, value) => {
    expect(read(xml).value).toEqual(value);
  });
});

describe('readXml reads line ends as XML does', () => {
  it('reads CRLF and a lone CR as LF in text', () => {
    expect(read('<r><a>x\r\ny\rz\r\r\n</a></r>').value).toEqual({ a: 'x\ny\nz\n\n' });
  });

  it('reads CRLF as LF in CDATA', () => {
    expect(read('<r><a><![CDATA[x\r\ny\r]]></a></r>').value).toEqual({ a: 'x\ny\n' });
  });

  it('keeps a CR written as a character reference, and a CR before markup is a lone CR', () => {
    expect(read('<r><a>&#13;\r\n&#xD;x\r<!---->\n</a></r>').value).toEqual({ a: '\r\n\rx\n\n' });
  });
});

describe('readXml reports INVALID_CALLBACK only for well-formed documents', () => {
  it('says MALFORMED_XML for a prototype name in a document that is not well-formed', () => {
    expect(codeOf(() => read('<r><__proto__>1</__proto__><a></r>'))).toBe('MALFORMED_XML');
  });

  it('says MALFORMED_XML for mixed content in a document that is not well-formed', () => {
    expect(codeOf(() => read('<r><a>x<b>1</b></a><c x="1" x="2"/></r>'))).toBe('MALFORMED_XML');
  });

  it('still says INVALID_CALLBACK for a prototype name in a well-formed document', () => {
    const error = callbackErrorOf(() => read('<r><a><constructor>1</constructor></a></r>'));
    expect([error.code, error.issues[0]!.path]).toEqual(['INVALID_CALLBACK', 'a.constructor']);
  });
});

describe('readXml end tags', () => {
  it.each([['<a>1</>'], ['<r><a>\n</></r>'], ['<r><a></></r>']])('rejects the nameless end tag in %s', (xml) => {
    expect(codeOf(() => read(xml))).toBe('MALFORMED_XML');
  });
});
