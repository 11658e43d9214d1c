/** A field whose value in the callback is not CI's. */
export interface Difference {
  /** Its dotted path below the compared unit (`State`, `Input.Object`, `Tasks.2.State`). */
  field: string;
  /** `State differs from CI's record`: never CI's value, which the refusal's answer would show to whoever holds the token. */
  reason: string;
}

/** A compared field: the same dotted path in both, or the callback's path and the record's. `*` stands for every index of a list. */
export type ComparedField = string | readonly [callback: string, record: string];

/**
 * The first field the callback has and CI's record does not have the same, or `undefined`.
 * A field the callback leaves out is not compared (a callback may carry less than CI's
 * record), except a `required` one, whose absence is a difference: a forged body must not pass
 * by leaving out what would give it away. Whatever the callback does carry must be CI's, so a
 * field CI's record lacks differs.
 */
export function firstDifference(callback: object, record: object, fields: readonly ComparedField[], required: readonly string[] = []): Difference | undefined {
  for (const field of required) if (read(callback, field) === undefined) return { field, reason: `${field} is missing, and confirmation compares it` };
  for (const compared of fields) {
    const [ours, theirs] = typeof compared === 'string' ? [compared, compared] : compared;
    for (const [path, recordPath] of expand(callback, ours, theirs)) {
      const claimed = read(callback, path);
      if (claimed === undefined || read(record, recordPath) === claimed) continue;
      return { field: path, reason: `${path} differs from CI's record` };
    }
  }
  return undefined;
}

/** `Tasks.*.State` as `Tasks.0.State`, `Tasks.1.State`, … for each item the callback's list has. */
function expand(callback: object, ours: string, theirs: string): [string, string][] {
  const star = ours.indexOf('*');
  if (star < 0) return [[ours, theirs]];
  const list = value(callback, ours.slice(0, star - 1));
  if (!Array.isArray(list)) return [];
  return list.map((_, index) => [ours.replace('*', String(index)), theirs.replace('*', String(index))]);
}

function value(root: object, path: string): unknown {
  let current: unknown = root;
  for (const step of path.split('.')) current = typeof current === 'object' && current !== null && Object.hasOwn(current, step) ? (current as Record<string, unknown>)[step] : undefined;
  return current;
}

/** Text at the path (a number as its digits, the way both readers give it), else `undefined`. */
function read(root: object, path: string): string | undefined {
  const found = value(root, path);
  return typeof found === 'string' ? found : typeof found === 'number' ? String(found) : undefined;
}
