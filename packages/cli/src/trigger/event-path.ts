/**
 * A dotted path into a callback event, the same for both wire formats:
 *
 * - a name selects a child (an XML element, a JSON key); the body's root (`<Response>`, or a
 *   JSON body's lone `Response` key) is not named;
 * - a number after a name selects its n-th occurrence, from 0 (the n-th same-named XML sibling,
 *   the n-th item of a JSON array); `*` selects every occurrence;
 * - a name without a number is its first occurrence, so `JobsDetail.Operation.UserData` is
 *   `JobsDetail.0.Operation.0.UserData.0`, and a JSON value that is not an array is occurrence 0.
 *
 * The same path therefore reaches the same field in an XML body and in its JSON twin, whether
 * the JSON writes one job as an array of one or as an object.
 */
export interface EventPath {
  /** As the user wrote it, for messages. */
  readonly text: string;
  readonly steps: readonly PathStep[];
}

/** One name and which of its occurrences: a number, or `'*'` for all. */
export interface PathStep {
  readonly name: string;
  readonly index: number | '*';
}

/** A place in a body: each step's name and its occurrence. */
export type Location = readonly { readonly name: string; readonly index: number }[];

/**
 * Reads a dotted path. Names are anything but `.`; a segment of digits or `*` is the previous
 * name's occurrence.
 *
 * @throws {RangeError} for an empty path or segment, or an occurrence with no name before it.
 */
export function parseEventPath(text: string): EventPath {
  const segments = text.split('.');
  const steps: PathStep[] = [];
  for (const [position, segment] of segments.entries()) {
    if (segment === '') throw new RangeError(`empty segment in path "${text}"`);
    const occurrence = segment === '*' ? '*' : /^\d+$/.test(segment) ? Number(segment) : undefined;
    if (occurrence === undefined) {
      steps.push({ name: segment, index: 0 });
      continue;
    }
    const last = steps[steps.length - 1];
    // "JobsDetail.0.1" has no name for its second number; position 0 has none at all.
    if (position === 0 || last === undefined || /^(\d+|\*)$/.test(segments[position - 1]!)) {
      throw new RangeError(`"${segment}" in path "${text}" must follow a name`);
    }
    steps[steps.length - 1] = { name: last.name, index: occurrence };
  }
  return { text, steps };
}

/** Whether `location` is the place `path` names (or one of them, for `*`). */
export function pathMatches(path: EventPath, location: Location): boolean {
  return path.steps.length === location.length && path.steps.every((step, i) => step.name === location[i]!.name && (step.index === '*' || step.index === location[i]!.index));
}

/** A location written the way {@link parseEventPath} reads it, occurrence 0 left out: `JobsDetail.1.State`. */
export function formatLocation(location: Location): string {
  return location.map((step) => (step.index === 0 ? step.name : `${step.name}.${step.index}`)).join('.');
}
