import { CallbackError } from './errors.js';
import { describePosition } from './position.js';
import { forbiddenNames, type RawObject, type RawValue } from './raw.js';

/**
 * Reads a JSON callback body into the raw tree: the platform's `JSON.parse`, then one walk
 * that bounds the depth, rejects prototype keys, drops empty values (`""`, `null`, `{}`, `[]`)
 * and writes numbers and booleans as text. The tree is then the one the XML of the same
 * callback gives, and only the schema decides what is a number — also for fields it does not
 * name, which stay text in both formats.
 *
 * @throws CallbackError `MALFORMED_JSON`, `TOO_DEEP`, or `INVALID_CALLBACK` for a key that
 *   would reach an object's prototype.
 */
export function readJson(text: string, maxDepth: number): RawValue | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new CallbackError('TOO_DEEP', `JSON is nested deeper than ${maxDepth} levels`);
    }
    const reason = error instanceof Error ? error.message : String(error);
    // Engines report a character offset (V8: "at position 2068"); say where that is for a person.
    const offset = /position (\d+)/.exec(reason);
    const where = offset ? ` (${describePosition(text, Number(offset[1]))})` : '';
    const hint = /^\s*</.test(text) ? ' (XML sent with a JSON Content-Type?)' : '';
    throw new CallbackError('MALFORMED_JSON', `Malformed JSON: ${reason}${where}${hint}`);
  }
  return prune(parsed, 1, maxDepth, []);
}

// `path` is one shared stack (pushed and popped around each child), joined only for an error:
// copying it per node made the walk allocate as much as the tree itself.
function prune(value: unknown, depth: number, maxDepth: number, path: (string | number)[]): RawValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return isBlank(value) ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (depth > maxDepth) {
    throw new CallbackError('TOO_DEEP', `JSON is nested deeper than ${maxDepth} levels at ${path.join('.') || 'the root'}`);
  }
  if (Array.isArray(value)) {
    const items: RawValue[] = [];
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const item = prune(value[i], depth + 1, maxDepth, path);
      path.pop();
      if (item !== undefined) items.push(item);
    }
    return items.length > 0 ? items : undefined;
  }
  const object: RawObject = {};
  let empty = true;
  for (const key in value as object) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    if (forbiddenNames.has(key)) {
      const at = [...path, key].join('.');
      throw new CallbackError('INVALID_CALLBACK', `Key "${key}" is not allowed`, [
        { path: at, message: `key "${key}" is not allowed (it could reach an object's prototype)` },
      ]);
    }
    path.push(key);
    const child = prune((value as Record<string, unknown>)[key], depth + 1, maxDepth, path);
    path.pop();
    if (child !== undefined) {
      object[key] = child;
      empty = false;
    }
  }
  return empty ? undefined : object;
}

/**
 * Whitespace-only text counts as empty, as an XML element holding only whitespace does — XML's
 * whitespace (space, tab, CR, LF), not `trim()`'s, so `"\u00a0"` is kept in both formats.
 */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}
