import type { EditableBody } from './editable-body.js';
import { type EventPath, formatLocation, parseEventPath, pathMatches } from './event-path.js';
import { UsageError } from './usage-error.js';

/** A value to write at a path: from `--set Path=value`, or what `--state` stands for. */
export interface Override {
  readonly path: EventPath;
  readonly value: string;
  /** How the user asked for it, for messages: `--set JobsDetail.0.State=Failed`, `--state Failed`. */
  readonly option: string;
}

/** One value an override changed. */
export interface OverrideChange {
  readonly path: string;
  readonly from: string;
  readonly to: string;
}

/**
 * Reads `--set Path=value`: the path up to the first `=`, the value after it (may be empty,
 * may hold `=`). See {@link parseEventPath} for the path.
 *
 * @throws {UsageError} without `=`, or for a path that does not read.
 */
export function parseSet(text: string): Override {
  const equals = text.indexOf('=');
  if (equals <= 0) throw new UsageError(`--set ${text}: expected Path=value, e.g. JobsDetail.0.Operation.UserData=abc`);
  try {
    return { path: parseEventPath(text.slice(0, equals)), value: text.slice(equals + 1), option: `--set ${text}` };
  } catch (error) {
    throw new UsageError(`--set ${text}: ${(error as Error).message}`);
  }
}

/**
 * Writes each override into `body`, in order (a later one wins over an earlier one at the same
 * place). Only existing values are set: nothing is created.
 *
 * @throws {UsageError} when a path reaches nothing in the body (the message lists what is there
 * instead), or reaches a node with fields rather than a value.
 */
export function applyOverrides(body: EditableBody, overrides: readonly Override[], file: string): OverrideChange[] {
  const changes: OverrideChange[] = [];
  for (const override of overrides) {
    const nodes = body.nodes().filter((node) => pathMatches(override.path, node.location));
    if (nodes.length === 0) throw new UsageError(`${override.option}: ${file} has no ${override.path.text}${nearby(body, override.path)}`);
    const holder = nodes.find((node) => node.value === undefined);
    if (holder !== undefined) throw new UsageError(`${override.option}: ${formatLocation(holder.location)} in ${file} holds fields, not a value${nearby(body, override.path, true)}`);
    for (const node of nodes) {
      body.set(node, override.value);
      changes.push({ path: formatLocation(node.location), from: node.value!, to: override.value });
    }
  }
  return changes;
}

/** What the body has where the path stops matching: the names under its longest existing prefix (or under the path itself). */
function nearby(body: EditableBody, path: EventPath, inside = false): string {
  const nodes = body.nodes();
  let depth = inside ? path.steps.length : 0;
  if (!inside) {
    while (depth < path.steps.length && nodes.some((node) => node.location.length > depth && pathMatches({ text: '', steps: path.steps.slice(0, depth + 1) }, node.location.slice(0, depth + 1))))
      depth++;
  }
  const prefix = { text: '', steps: path.steps.slice(0, depth) };
  const names = new Set<string>();
  for (const node of nodes) {
    if (node.location.length === depth + 1 && pathMatches(prefix, node.location.slice(0, depth))) names.add(node.location[depth]!.name);
  }
  if (names.size === 0) return '';
  const shown = [...names]
    .slice(0, 12)
    .map((name) => (depth === 0 ? name : `${formatLocation(path.steps.slice(0, depth).map((step) => ({ name: step.name, index: step.index === '*' ? 0 : step.index })))}.${name}`));
  return `; ${depth === 0 ? 'its fields are' : 'there is'} ${shown.join(', ')}${names.size > 12 ? ', …' : ''}`;
}
