import { SaxesParser } from 'saxes';
import { forbiddenNames, type RawObject, type RawValue } from '../../src/raw.js';

/**
 * What saxes (a compliant, non-validating XML 1.0 parser) says about a document, and the raw
 * tree built from its events by readXml's rules: repeated elements become a list, empty
 * elements are left out, whitespace-only text is dropped.
 */
export type SaxesVerdict =
  | { wellFormed: false; error: string }
  | {
      wellFormed: true;
      root: string;
      value: RawValue | undefined;
      /** An element named `__proto__`, `constructor` or `prototype`, or text mixed with children. */
      invalid: boolean;
      /** The declared encoding, if any. */
      encoding: string | undefined;
      /** A DOCTYPE was present (well-formed to saxes; the reader rejects every DOCTYPE). */
      doctype: boolean;
      /** What saxes 6 accepts although XML 1.0 does not (see {@link saxesLeniency}), if anything. */
      lenient: string | undefined;
    };

interface Frame {
  name: string;
  children: RawObject | undefined;
  text: string;
}

const isBlank = (text: string) => /^[ \t\r\n]*$/.test(text);

export function saxesVerdict(document: string): SaxesVerdict {
  // XML 1.0 whatever the declaration says, as the reader (a 1.0 processor) reads a 1.1 document.
  const parser = new SaxesParser({ xmlns: false, defaultXMLVersion: '1.0', forceXMLVersion: true });
  let error: string | undefined;
  const stack: Frame[] = [];
  let root: { name: string; value: RawValue | undefined } | undefined;
  let invalid = false;
  let encoding: string | undefined;
  let doctype = false;
  let piEnd = 0;
  parser.on('error', (reason) => {
    error ??= reason.message;
  });
  parser.on('xmldecl', (declaration) => {
    encoding = declaration.encoding;
    piEnd = parser.position;
  });
  let lenient = saxesLeniency(document);
  parser.on('processinginstruction', (pi) => {
    // Production [16]: the target is followed by whitespace or `?>`; saxes 6 takes `<?pi?x?>`.
    // `position` is after the `?>`, in UTF-16 code units.
    // The first `<?target` after the previous PI (its body may hold another `<?target`).
    const start = document.indexOf(`<?${pi.target}`, piEnd);
    piEnd = parser.position;
    const after = start + 2 + pi.target.length;
    if (start !== -1 && pi.target !== 'xml' && !/^[ \t\r\n]|^\?>/.test(document.slice(after, after + 2))) lenient ??= `the PI <?${pi.target}${document.slice(after, after + 2)}…`;
  });
  parser.on('doctype', () => {
    doctype = true;
  });
  parser.on('opentag', (tag) => {
    if ((forbiddenNames as ReadonlySet<string>).has(tag.name)) invalid = true;
    stack.push({ name: tag.name, children: undefined, text: '' });
  });
  const onText = (text: string) => {
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const frame = stack.pop()!;
    const hasText = !isBlank(frame.text);
    if (frame.children !== undefined && hasText) invalid = true;
    const value = frame.children ?? (hasText ? frame.text : undefined);
    const parent = stack[stack.length - 1];
    if (parent === undefined) root = { name: frame.name, value };
    else if (value !== undefined && !invalid) {
      parent.children ??= {};
      const children = parent.children;
      const existing = Object.hasOwn(children, frame.name) ? children[frame.name] : undefined;
      if (existing === undefined) children[frame.name] = value;
      else if (Array.isArray(existing)) existing.push(value);
      else children[frame.name] = [existing, value];
    }
  });
  try {
    parser.write(document).close();
  } catch (thrown) {
    error ??= String(thrown);
  }
  if (error !== undefined || root === undefined) return { wellFormed: false, error: error ?? 'no root' };
  return { wellFormed: true, root: root.name, value: root.value, invalid, encoding, doctype, lenient };
}

/**
 * Where saxes 6 accepts what XML 1.0 forbids, found without saxes: a lone surrogate (not a
 * `Char`, production [2]) that saxes misses when a character follows it.
 */
function saxesLeniency(document: string): string | undefined {
  const lone = document.search(/[\uD800-\uDFFF]/u);
  return lone === -1 ? undefined : `a lone surrogate at ${lone}`;
}
