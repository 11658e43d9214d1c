import type { BodyNode, EditableBody } from './editable-body.js';
import type { Location } from './event-path.js';

/** An element as offsets into the text: its opening tag, its content, its end. */
interface Element {
  readonly name: string;
  readonly start: number;
  /** Just after the opening tag's `>`. */
  openEnd: number;
  /** Where the closing tag starts; equal to `end` for a self-closing element. */
  closeStart: number;
  end: number;
  selfClosing: boolean;
  readonly children: Element[];
}

/**
 * An XML body opened for edits at element level: the text is scanned for elements (comments,
 * CDATA, processing instructions and a doctype skipped), and a set replaces one element's
 * content — only elements without child elements hold a value — leaving every other byte as it
 * was. A self-closing `<Name/>` that is set is written `<Name>value</Name>`. Values are
 * escaped (`&`, `<`, `>`); control characters XML 1.0 cannot carry are refused.
 *
 * @throws {SyntaxError} when the tags do not nest, or there is no root element.
 */
export function openXmlBody(text: string): EditableBody {
  const root = scan(text);
  const list: BodyNode[] = [];
  const elements = new Map<BodyNode, Element>();
  const walk = (element: Element, at: Location) => {
    const seen = new Map<string, number>();
    for (const child of element.children) {
      const index = seen.get(child.name) ?? 0;
      seen.set(child.name, index + 1);
      const location = [...at, { name: child.name, index }];
      const node: BodyNode = { location, value: child.children.length === 0 ? decode(text.slice(child.openEnd, child.closeStart)) : undefined };
      list.push(node);
      elements.set(node, child);
      walk(child, location);
    }
  };
  walk(root, []);
  const sets = new Map<Element, string>();
  return {
    nodes: () => list,
    set(node, value) {
      const element = elements.get(node);
      if (element === undefined || node.value === undefined) throw new RangeError('not a value of this body');
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(value)) throw new RangeError('XML cannot carry control characters in a value');
      sets.set(element, value);
    },
    text() {
      // From the end backwards, so the offsets of the edits still to make stay true.
      const edits = [...sets].sort(([a], [b]) => b.start - a.start);
      let out = text;
      for (const [element, value] of edits) {
        const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        out = element.selfClosing
          ? `${out.slice(0, element.start)}${out.slice(element.start, element.end).replace(/\s*\/>$/, '>')}${escaped}</${element.name}>${out.slice(element.end)}`
          : `${out.slice(0, element.openEnd)}${escaped}${out.slice(element.closeStart)}`;
      }
      return out;
    },
  };
}

function scan(text: string): Element {
  const top: Element = { name: '', start: 0, openEnd: 0, closeStart: text.length, end: text.length, selfClosing: false, children: [] };
  const stack: Element[] = [top];
  let at = text.indexOf('<');
  while (at !== -1) {
    if (text.startsWith('<!--', at)) at = after(text, '-->', at);
    else if (text.startsWith('<![CDATA[', at)) at = after(text, ']]>', at);
    else if (text.startsWith('<?', at)) at = after(text, '?>', at);
    else if (text.startsWith('<!', at)) at = after(text, '>', at);
    else if (text.startsWith('</', at)) {
      const end = after(text, '>', at);
      const name = text.slice(at + 2, end - 1).trim();
      const open = stack.pop();
      if (open === undefined || open === top || open.name !== name) throw new SyntaxError(`</${name}> at ${at} closes ${open === top || !open ? 'nothing' : `<${open.name}>`}`);
      open.closeStart = at;
      open.end = end;
      at = end;
    } else {
      const end = tagEnd(text, at);
      const name = /^<([^\s/>]+)/.exec(text.slice(at, end))?.[1];
      if (name === undefined) throw new SyntaxError(`a tag without a name at ${at}`);
      const selfClosing = text[end - 2] === '/';
      const element: Element = { name, start: at, openEnd: end, closeStart: end, end, selfClosing, children: [] };
      stack[stack.length - 1]!.children.push(element);
      if (!selfClosing) stack.push(element);
      at = end;
    }
    at = text.indexOf('<', at);
  }
  if (stack.length > 1) throw new SyntaxError(`<${stack[stack.length - 1]!.name}> is never closed`);
  const root = top.children[0];
  if (root === undefined || top.children.length > 1) throw new SyntaxError('expected one root element');
  return root;
}

/** The offset just after the next `marker` from `from`. */
function after(text: string, marker: string, from: number): number {
  const found = text.indexOf(marker, from);
  if (found === -1) throw new SyntaxError(`unterminated markup at ${from}`);
  return found + marker.length;
}

/** The offset after an opening tag's `>`, skipping quoted attribute values (which may hold one). */
function tagEnd(text: string, from: number): number {
  let quote: string | undefined;
  for (let i = from + 1; i < text.length; i++) {
    const char = text[i]!;
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return i + 1;
  }
  throw new SyntaxError(`unterminated tag at ${from}`);
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** An element's content as text: CDATA sections unwrapped, entities and character references decoded, comments dropped. */
function decode(content: string): string {
  return content.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (match, cdata: string | undefined, entity: string | undefined) => {
    if (cdata !== undefined) return cdata;
    if (entity === undefined) return '';
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity] ?? match;
  });
}
