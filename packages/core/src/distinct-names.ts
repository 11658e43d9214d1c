import { CallbackError } from './errors.js';
import { describePosition } from './position.js';

/**
 * The element and key names of one body, each kept once. Both readers pass every name through
 * {@link DistinctNames.intern} before it becomes a key of the raw tree:
 *
 * - A body may use at most `max` different names. Each new name costs the engine a hidden class
 *   or a dictionary entry and a string-table slot, so 240,000 distinct keys in 4 MiB took 5×
 *   the time of a real callback of that size before a single field was checked. The most any
 *   documented callback uses is 83, so the default (1,024) is far from a real body's needs.
 * - Every occurrence of a name becomes the same string, which the engine then stores and
 *   compares as one (a key seen again is not looked up in the string table again).
 */
export class DistinctNames {
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly max: number,
    /** What the names are, for the error: `element names` or `keys`. */
    private readonly what: string,
  ) {}

  /**
   * The one instance of `name` in this body; `at` is where `text` has it, for the error.
   * @throws CallbackError `TOO_MANY_NAMES` for the first name past the limit.
   */
  intern(name: string, text: string, at: number): string {
    const known = this.seen.get(name);
    if (known !== undefined) return known;
    if (this.seen.size >= this.max) {
      throw new CallbackError('TOO_MANY_NAMES', `The body uses more than ${this.max} distinct ${this.what} (maxNames) at ${describePosition(text, at)}`);
    }
    this.seen.set(name, name);
    return name;
  }
}
