// Documents for the XML differential test: well-formed ones built from the grammar, then
// mutated toward every way a document can fail to be well-formed. The generator need not know
// which mutants are still well-formed: saxes decides that, and the reader must agree.
import { BAD_DECLARATIONS, CI_NAMES, DECLARATIONS, NAME_ONLY_EDGES, NAME_START_EDGES, NON_NAME_EDGES, PIS, REFERENCES, TEXT_CHARS, TOKENS } from './xml-pieces.js';

/** A seeded PRNG (mulberry32): the same seed gives the same documents on every machine. */
export class Rng {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/** One well-formed document (mostly: the odd random `]]>` in text is left for saxes to judge). */
export function wellFormedDocument(rng: Rng): string {
  const misc = (): string => {
    let out = '';
    for (let n = rng.int(3); n > 0; n--) out += rng.pick([' ', '\n', '\r\n', '\t', comment(rng), rng.pick(PIS)]);
    return out;
  };
  const declaration = rng.chance(0.4) ? rng.pick(DECLARATIONS) : '';
  return declaration + misc() + element(rng, 0) + misc();
}

function comment(rng: Rng): string {
  return `<!--${rng.pick(['', ' c ', '<a>&x;', ' - x - ', '数', ' \r\n '])}-->`;
}

function name(rng: Rng): string {
  if (rng.chance(0.7)) return rng.pick(CI_NAMES);
  let out = rng.pick(NAME_START_EDGES);
  for (let n = rng.int(3); n > 0; n--) out += rng.pick(rng.chance(0.5) ? NAME_ONLY_EDGES : NAME_START_EDGES);
  return out;
}

function attributes(rng: Rng): string {
  let out = '';
  const used = new Set<string>();
  for (let n = rng.chance(0.7) ? 0 : 1 + rng.int(3); n > 0; n--) {
    const attribute = rng.pick(['x', 'y', 'xmlns', 'xmlns:ns', 'xml:lang', '__proto__', name(rng)]);
    if (used.has(attribute)) continue;
    used.add(attribute);
    const quote = rng.pick(['"', "'"]);
    const value = rng.pick(['', 'v', '1 2', '&amp;&#x41;', 'a>b', "it's", '\r\n\t', '数', ']]>']).replace(quote, quote === '"' ? '&quot;' : '&apos;');
    out += `${rng.pick([' ', '\n', '\t '])}${attribute}${rng.pick(['', ' '])}=${rng.pick(['', ' '])}${quote}${value}${quote}`;
  }
  return out + rng.pick(['', '', ' ', '\n']);
}

function text(rng: Rng): string {
  let out = '';
  for (let n = 1 + rng.int(4); n > 0; n--) {
    const kind = rng.int(10);
    if (kind < 5) for (let k = 1 + rng.int(6); k > 0; k--) out += rng.pick(TEXT_CHARS);
    else if (kind < 7) out += rng.pick(REFERENCES);
    else if (kind < 8) out += `<![CDATA[${rng.pick(['', 'x', '<b>&amp;</b>', ']', ' ]] ', '\r\n', '<![CDATA['])}]]>`;
    else if (kind < 9) out += comment(rng);
    else out += rng.pick(PIS);
  }
  return out;
}

function element(rng: Rng, depth: number, tag = name(rng)): string {
  const open = `<${tag}${attributes(rng)}`;
  const end = `</${tag}${rng.pick(['', '', ' ', '\n'])}>`;
  const kind = depth >= 4 ? rng.int(3) : rng.int(6);
  if (kind === 0) return rng.chance(0.5) ? `${open}/>` : `${open}>${end}`;
  if (kind <= 2) return `${open}>${text(rng)}${end}`;
  let inner = '';
  const names = [name(rng), name(rng)];
  for (let n = 1 + rng.int(4); n > 0; n--) {
    inner += rng.pick(['', '\n  ', '\r\n\t', ' ', comment(rng)]);
    // Mostly indentation between children; now and then text (mixed content).
    if (rng.chance(0.05)) inner += text(rng);
    inner += rng.chance(0.5) ? element(rng, depth + 1, rng.pick(names)) : element(rng, depth + 1);
  }
  return `${open}>${inner}${rng.pick(['', '\n'])}${end}`;
}

/** `document` with 1–3 mutations, each aimed at one rule of well-formedness. */
export function mutate(rng: Rng, document: string): string {
  let out = document;
  for (let n = 1 + rng.int(3); n > 0; n--) out = mutateOnce(rng, out);
  return out;
}

/** Where in `text` the pattern matches, by index; `[]` when nowhere. */
function positions(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].map((match) => match.index);
}

function insert(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

function mutateOnce(rng: Rng, text: string): string {
  const at = rng.int(text.length + 1);
  switch (rng.int(12)) {
    case 0:
    case 1:
      return insert(text, at, rng.pick(TOKENS));
    case 2:
      return text.slice(0, at) + text.slice(at + 1 + rng.int(3));
    case 3:
      return text.slice(0, at);
    case 4: {
      // Duplicate an attribute of some tag (the copy may also land with different quotes).
      const found = [...text.matchAll(/\s([^\s=<>"']+)\s*=\s*("[^"]*"|'[^']*')/g)];
      if (found.length === 0) return insert(text, text.indexOf('>') === -1 ? at : text.indexOf('>'), ' x="1" x="2"');
      const match = rng.pick(found);
      return insert(text, match.index + match[0].length, ` ${match[1]}=${rng.chance(0.5) ? match[2] : "'other'"}`);
    }
    case 5: {
      // A character from the edges of the name tables, inside or at the start of a tag name.
      const tags = positions(text, /<\/?(?=[^!?/\s>])/g);
      const char = rng.pick([...NAME_START_EDGES, ...NAME_ONLY_EDGES, ...NON_NAME_EDGES]);
      if (tags.length === 0) return insert(text, at, char);
      const tag = rng.pick(tags);
      const start = tag + (text[tag + 1] === '/' ? 2 : 1);
      return insert(text, start + rng.int(3), char);
    }
    case 6: {
      const comments = positions(text, /-->/g);
      return comments.length === 0 ? insert(text, at, '<!-- -- -->') : insert(text, rng.pick(comments) - rng.int(3), rng.pick(['--', '-', ' -']));
    }
    case 7: {
      // End tags: whitespace before the name, attributes, `<a/ >`.
      const ends = positions(text, /<\//g);
      const closes = positions(text, /\/>/g);
      if (rng.chance(0.5) && ends.length > 0) {
        const end = rng.pick(ends);
        const gt = text.indexOf('>', end);
        return rng.chance(0.5) ? insert(text, end + 2, rng.pick([' ', '\n'])) : insert(text, gt, rng.pick([' x="1"', ' /', '/', ' ?']));
      }
      return closes.length === 0 ? text : insert(text, rng.pick(closes) + 1, rng.pick([' ', '\n', 'x']));
    }
    case 8:
      // Outside the root element.
      return rng.chance(0.5)
        ? text + rng.pick(['x', '<b/>', '<![CDATA[x]]>', '&#32;', '&amp;', ' \n', '<!-- c -->', '<?pi?>', '</x>', '\uFEFF'])
        : rng.pick(['x', '<b/>', '<![CDATA[x]]>', '&#32;', ' ', '<!-- c -->', '<?pi?>', '\uFEFF', '\r\n']) + text;
    case 9:
      return text.replace(/^(<\?xml[^>]*>)?/, rng.pick([...BAD_DECLARATIONS, ...DECLARATIONS]));
    case 10:
      return insert(text, at, rng.pick(['\r', '\r\n', '\r\r\n', '\n\r']));
    default:
      return text.slice(0, at) + rng.pick([...'<>/?!-[]&;#"\'= \r\n\tx']) + text.slice(at + 1);
  }
}
