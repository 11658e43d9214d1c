import { CallbackError } from './errors.js';
import { describePosition } from './position.js';

/** One distinct name of a body, as {@link DistinctNames.of} hands it out. */
export interface Name {
  /** The name; every occurrence in the body is this one string. */
  readonly text: string;
  /**
   * For the JSON reader's duplicate check: per depth, the serial number of the last object at
   * that depth that used this name as a key (a name seen again in the same object is a duplicate).
   */
  readonly seenIn: number[];
}

/**
 * The element and key names of one body, each kept once. Both readers pass every name through
 * {@link DistinctNames.of} before it becomes a key of the raw tree:
 *
 * - A body may use at most `max` different names. Each new name costs the engine a hidden class
 *   or a dictionary entry and a string-table slot, so 240,000 distinct keys in 4 MiB took 5×
 *   the time of a real callback of that size before a single field was checked. The most any
 *   documented callback uses is 83, so the default (1,024) is far from a real body's needs.
 * - Every occurrence of a name becomes the same string, which the engine then stores and
 *   compares as one (a key seen again is not looked up in the string table again).
 * - The JSON reader finds a duplicate key by the name's own record of the object it was last
 *   seen in: one lookup a key, whatever the object's width, and no table of keys per object.
 */
export class DistinctNames {
  private readonly seen = new Map<string, Name>();

  constructor(
    private readonly max: number,
    /** What the names are, for the error: `element names` or `keys`. */
    private readonly what: string,
  ) {}

  /**
   * The record of `name` in this body; `at` is where `text` has it, for the error.
   * @throws CallbackError `TOO_MANY_NAMES` for the first name past the limit.
   */
  of(name: string, text: string, at: number): Name {
    const known = this.seen.get(name);
    if (known !== undefined) return known;
    if (this.seen.size >= this.max) {
      throw new CallbackError('TOO_MANY_NAMES', `The body uses more than ${this.max} distinct ${this.what} (maxNames) at ${describePosition(text, at)}`);
    }
    const record: Name = { text: name, seenIn: [] };
    this.seen.set(name, record);
    return record;
  }
}
