/** One child element of a document's root, as its text. */
export interface XmlElement {
  name: string;
  /** The element exactly as the document writes it, start tag to end tag. */
  xml: string;
}

/**
 * The child elements of a well-formed document's root, each as it is written: a lookup answer
 * is made of the callback's own `JobsDetail` elements, byte for byte, not a re-serialization.
 * Comments, CDATA and processing instructions are stepped over; text between elements is
 * dropped. It trusts the document to be well-formed (the core parsed it first).
 *
 * @throws TypeError when the text has no root element or it never ends.
 */
export function xmlChildren(text: string): XmlElement[] {
  const children: XmlElement[] = [];
  let depth = 0;
  let start = -1;
  let name = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const open = text.indexOf('<', i);
    if (open === -1) break;
    if (text.startsWith('<!--', open)) i = after(text, '-->', open);
    else if (text.startsWith('<![CDATA[', open)) i = after(text, ']]>', open);
    else if (text.startsWith('<?', open)) i = after(text, '?>', open);
    else if (text.startsWith('<!', open)) i = after(text, '>', open);
    else if (text.startsWith('</', open)) {
      i = after(text, '>', open);
      depth--;
      if (depth === 1) children.push({ name, xml: text.slice(start, i) });
      if (depth === 0) return children;
    } else {
      i = tagEnd(text, open);
      const selfClosing = text[i - 2] === '/';
      if (depth === 1) {
        start = open;
        name = /^<([^\s/>]+)/.exec(text.slice(open, i))![1]!;
        if (selfClosing) children.push({ name, xml: text.slice(open, i) });
      }
      if (!selfClosing) depth++;
      else if (depth === 0) return children;
    }
  }
  throw new TypeError('xmlChildren: the document has no complete root element');
}

function after(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  if (at === -1) throw new TypeError(`xmlChildren: unterminated markup at ${from}`);
  return at + end.length;
}

/** The index after a start tag's `>`, stepping over quoted attribute values. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < text.length; i++) {
    const char = text[i]!;
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return i + 1;
  }
  throw new TypeError(`xmlChildren: unterminated tag at ${from}`);
}
