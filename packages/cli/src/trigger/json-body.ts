import type { BodyNode, EditableBody } from './editable-body.js';
import type { Location } from './event-path.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

/**
 * A JSON body opened for edits: parsed, changed, written again with the body's own indentation.
 * A set value keeps the JSON type of the value it replaces when it can: a number stays a
 * number when the text is one, `true`/`false` stay booleans; anything else becomes a string.
 * Nested arrays (an array item that is itself an array) have no name to address and are not
 * listed.
 *
 * @throws {SyntaxError} when `text` is not JSON.
 */
export function openJsonBody(text: string): EditableBody {
  const parsed = JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
  // A body wrapped in a lone `Response` key is read from inside it, as the XML root is.
  const wrapped = isObject(parsed) && Object.keys(parsed).length === 1 && isObject(parsed.Response ?? null);
  const root = wrapped ? (parsed as Record<string, Json>).Response! : parsed;
  const places = new Map<BodyNode, { container: Container; key: string | number }>();
  const list: BodyNode[] = [];
  const visit = (value: Json, location: Location, container: Container, key: string | number) => {
    const node: BodyNode = { location, value: valueText(value) };
    list.push(node);
    places.set(node, { container, key });
    if (isObject(value)) walk(value, location);
  };
  const walk = (object: Record<string, Json>, at: Location) => {
    for (const [name, value] of Object.entries(object)) {
      if (!Array.isArray(value)) visit(value, [...at, { name, index: 0 }], object, name);
      else
        value.forEach((item, index) => {
          if (!Array.isArray(item)) visit(item, [...at, { name, index }], value, index);
        });
    }
  };
  if (isObject(root)) walk(root, []);
  let changed = false;
  return {
    nodes: () => list,
    set(node, value) {
      const place = places.get(node);
      if (place === undefined || node.value === undefined) throw new RangeError('not a value of this body');
      const { container, key } = place;
      const old = (container as Record<string | number, Json>)[key]!;
      (container as Record<string | number, Json>)[key] = typed(value, old);
      changed = true;
    },
    text: () => (changed ? JSON.stringify(parsed, null, indentOf(text)) : text),
  };
}

function typed(value: string, old: Json): Json {
  if (typeof old === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (typeof old === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function valueText(value: Json): string | undefined {
  if (value === null) return '';
  if (typeof value === 'object') return undefined;
  return String(value);
}

/** The indentation of the body's first indented line (CI's bodies use 2, 4 spaces or tabs); none for a one-line body. */
function indentOf(text: string): string | number {
  const indent = /\n([ \t]+)\S/.exec(text);
  return indent ? indent[1]! : 0;
}

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
