import { CallbackError } from './errors.js';
import { describePosition } from './position.js';

/**
 * The element and key names of one body, counted once each: a body may use at most `max`
 * different names. Each new name costs the engine a hidden class or a dictionary entry and a
 * string-table slot, so 240,000 distinct keys in 4 MiB took 5× the time of a real callback of
 * that size before a single field was checked. The most any documented callback uses is 83, so
 * the default (1,024) is far from a real body's needs.
 *
 * A body with fewer name occurrences than `max` cannot exceed it, and that is every real body:
 * until then the names are only listed, with no table to fill. Past it they go into a table, where each name is kept as one string that every later
 * occurrence becomes, so the engine stores and compares it as one.
 */
export class DistinctNames {
  private listed: string[] = [];
  private table: Map<string, string> | undefined;

  constructor(
    private readonly max: number,
    /** What the names are, for the error: `element names` or `keys`. */
    private readonly what: string,
  ) {}

  /**
   * Counts `name` (at `at` in `text`, for the error) and answers the string to key it by.
   * @throws CallbackError `TOO_MANY_NAMES` for the first name past the limit.
   */
  intern(name: string, text: string, at: number): string {
    let table = this.table;
    if (table === undefined) {
      if (this.listed.length < this.max) {
        this.listed.push(name);
        return name;
      }
      table = this.table = new Map();
      for (const listed of this.listed) table.set(listed, listed);
      this.listed = [];
    }
    const known = table.get(name);
    if (known !== undefined) return known;
    if (table.size >= this.max) {
      throw new CallbackError('TOO_MANY_NAMES', `The body uses more than ${this.max} distinct ${this.what} (maxNames) at ${describePosition(text, at)}`);
    }
    table.set(name, name);
    return name;
  }
}
