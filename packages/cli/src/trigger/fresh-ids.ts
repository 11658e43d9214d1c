import { randomInt } from 'node:crypto';
import type { EditableBody } from './editable-body.js';
import { formatLocation } from './event-path.js';

/**
 * The fields that identify a callback downstream: a job's `JobId` (also a workflow task's), a
 * run's `RunId`, a Simple moderation result's `trace_id`. A receiver keys deliveries on them, so
 * a second trigger of the same fixture with the same ids would be a duplicate and dropped.
 */
export const ID_FIELDS: readonly string[] = ['JobId', 'RunId', 'trace_id'];

/** One id replaced: where, from what, to what. */
export interface IdChange {
  readonly path: string;
  readonly from: string;
  readonly to: string;
}

/**
 * Gives every {@link ID_FIELDS} value of `body` a random id of the same shape, the same old id
 * the same new one wherever it appears (a job's id in its workflow task stays its id).
 */
export function refreshIds(body: EditableBody): IdChange[] {
  const replaced = new Map<string, string>();
  const changes: IdChange[] = [];
  for (const node of body.nodes()) {
    const name = node.location[node.location.length - 1]?.name;
    if (node.value === undefined || node.value === '' || name === undefined || !ID_FIELDS.includes(name)) continue;
    let to = replaced.get(node.value);
    if (to === undefined) {
      to = sameShape(node.value);
      replaced.set(node.value, to);
    }
    if (to === node.value) continue;
    body.set(node, to);
    changes.push({ path: formatLocation(node.location), from: node.value, to });
  }
  return changes;
}

const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();

/**
 * A random id shaped like `id`: CI's ids are a kind letter (`j` job, `i` run, `w` workflow)
 * and hex digits, so the first letter is kept and every other character is drawn from its own
 * class (hex digits from hex, other letters from letters, punctuation kept). A placeholder such
 * as `xxxx` becomes `x` and three random letters; an id with nothing to draw (`-`) is kept.
 */
export function sameShape(id: string): string {
  // The kind letter is kept only when more follows: a one-letter id is all id.
  const keep = id.length > 1 && /^[a-z]/i.test(id) ? 1 : 0;
  const rest = id.slice(keep);
  // A numeric id stays numeric; in any other, a digit is a hex digit.
  const digits = /^\d+$/.test(rest) ? DIGITS : HEX;
  const classOf = (char: string) => (DIGITS.includes(char) ? digits : HEX.includes(char) ? HEX : LOWER.includes(char) ? LOWER : UPPER.includes(char) ? UPPER : undefined);
  if (![...rest].some(classOf)) return id;
  let out = id.slice(0, keep);
  for (const char of rest) {
    const pool = classOf(char);
    out += pool === undefined ? char : pool[randomInt(pool.length)]!;
  }
  // Vanishingly rare for a real id, likely for a short placeholder: never hand back the same id.
  return out === id ? sameShape(id) : out;
}
